UNWIND $rows AS row
MATCH (child:Actor {id: row.id})
MATCH (parent:Actor {id: row.parentId})
MERGE (child)-[:PART_OF]->(parent)
RETURN count(*) AS linked
