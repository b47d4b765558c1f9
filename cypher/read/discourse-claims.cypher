MATCH (a:Actor)-[:MADE]->(c:Claim)-[:ABOUT]->(i:Issue)
WHERE ($issues IS NULL OR i.id IN $issues)
  AND (c.rejected IS NULL OR c.rejected = false)
RETURN c.id AS id, a.id AS actorId, i.id AS issueId, c.stance AS stance, c.confidence AS confidence, c.quote AS quote,
       COLLECT {
         MATCH (c)-[o:IN]->(art:Article)
         WITH o, art ORDER BY art.publishedAt, art.id
         RETURN {articleId: art.id, outlet: art.outlet, date: left(art.publishedAt, 10), url: art.url, start: o.start, end: o.end}
       } AS occurrences
ORDER BY id
