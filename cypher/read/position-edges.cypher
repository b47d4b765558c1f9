MATCH (a:Actor)-[p:SUPPORTS|OPPOSES|MIXED_ON|NEUTRAL_ON]->(i:Issue)
RETURN a.id AS actorId, i.id AS issueId, type(p) AS edge, p.claims AS claims, p.first AS first, p.last AS last
ORDER BY actorId, issueId, edge
