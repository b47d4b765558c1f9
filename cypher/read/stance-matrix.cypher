MATCH (a:Actor)-[p:SUPPORTS|OPPOSES|MIXED_ON|NEUTRAL_ON]->(i:Issue)
WHERE ($issues IS NULL OR i.id IN $issues)
  AND ($actorTypes IS NULL OR a.type IN $actorTypes)
RETURN a {.id, .name, .nameAr, .nameEn, .aliases, .type, partOf: [(a)-[:PART_OF]->(parent:Actor) | parent.id]} AS actor,
       i.id AS issueId, type(p) AS edge,
       COLLECT {
         MATCH (a)-[:MADE]->(c:Claim)-[:ABOUT]->(i)
         WHERE c.rejected IS NULL OR c.rejected = false
         RETURN c.stance
       } AS stances
ORDER BY actor.name, actor.id, issueId
