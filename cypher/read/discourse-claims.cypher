MATCH (a:Actor)-[:MADE]->(c:Claim)-[:ABOUT]->(i:Issue)
WHERE ($issues IS NULL OR i.id IN $issues)
  AND (c.rejected IS NULL OR c.rejected = false)
MATCH (c)-[o:IN]->(art:Article)
RETURN c.id AS id, a.id AS actorId, i.id AS issueId, c.stance AS stance, c.confidence AS confidence, c.quote AS quote,
       art.id AS articleId, art.outlet AS outlet, left(art.publishedAt, 10) AS date, art.url AS url, o.start AS start, o.end AS end
ORDER BY id, art.publishedAt, articleId
