UNWIND $ids AS id
MATCH (m:MergedActor {id: id})-[:MERGED_INTO]->(target:Actor)
RETURN m.id AS id, target.id AS intoId
