// stancegraph: every quote of one actor, earliest first, with where it appeared and any review.
// First run   :param actor => 'sudani'
MATCH (a:Actor {id: $actor})-[:MADE]->(c:Claim)-[:ABOUT]->(i:Issue)
MATCH (c)-[o:IN]->(art:Article)
RETURN i.id AS issue, art.publishedAt AS date, art.outlet AS outlet, c.stance AS stance, c.qualifiers AS qualifiers,
       c.quote AS quote, art.file AS file, o.start AS start, o.end AS end,
       coalesce(c.rejected, false) AS rejected, c.reviewedBy AS reviewedBy
ORDER BY date, outlet, start
