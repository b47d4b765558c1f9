UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name,
    a.nameAr = row.nameAr,
    a.nameEn = row.nameEn,
    a.aliases = row.aliases,
    a.type = row.type
WITH a, row
OPTIONAL MATCH (a)-[stale:PART_OF]->(parent:Actor)
WHERE NOT parent.id IN row.partOf
DELETE stale
