MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.nameAr AS nameAr, a.nameEn AS nameEn, a.aliases AS aliases, a.type AS type,
       [(a)-[:PART_OF]->(p:Actor) | p.id] AS partOf,
       a.reviewedBy AS reviewedBy, a.reviewedAt AS reviewedAt
ORDER BY a.id
