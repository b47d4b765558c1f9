MATCH (a:Actor)-[p:SUPPORTS|OPPOSES|MIXED_ON|NEUTRAL_ON]->(i:Issue)
WHERE $issue IS NULL OR i.id = $issue
RETURN a {.id, .name, .nameAr, .nameEn, .aliases, .type, partOf: [(a)-[:PART_OF]->(parent:Actor) | parent.id]} AS actor,
       i.id AS issueId, type(p) AS edge, p.claims AS claims
ORDER BY actor.id, issueId
