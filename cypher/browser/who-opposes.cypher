// stancegraph: who opposes an issue, with the quotes behind it.
// First run   :param issue => 'withdrawal'
MATCH (a:Actor)-[p:OPPOSES]->(i:Issue {id: $issue})
MATCH (a)-[:MADE]->(c:Claim)-[:ABOUT]->(i)
WHERE coalesce(c.rejected, false) = false
OPTIONAL MATCH (c)-[:IN]->(art:Article)
WITH a, p, c, collect(DISTINCT art.outlet) AS outlets, min(art.publishedAt) AS said
ORDER BY p.claims DESC, a.name, said
RETURN a.name AS actor, a.nameAr AS actorAr, p.claims AS claims, said, c.stance AS stance, c.quote AS quote, outlets
