MATCH (a:Actor)-[:MADE]->(c:Claim)-[:ABOUT]->(:Issue {id: $issue})
WHERE ($actor IS NULL OR a.id = $actor)
  AND (c.rejected IS NULL OR c.rejected = false)
OPTIONAL MATCH (c)-[:IN]->(art:Article)
WITH a, c, min(left(art.publishedAt, 10)) AS date
WHERE date IS NOT NULL
RETURN a.id AS actorId, c.stance AS stance, date
ORDER BY date, actorId
