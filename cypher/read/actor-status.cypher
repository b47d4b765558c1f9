UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
OPTIONAL MATCH (m:MergedActor {id: id})-[:MERGED_INTO]->(target:Actor)
RETURN id, a IS NOT NULL AS exists, target.id AS mergedInto
