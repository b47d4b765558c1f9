CYPHER replan=skip
// Every row starts from a node found by its unique id, so the plan does not depend on the graph's
// size: re-planning it as the graph grows (and JIT-compiling the new plan) would be wasted work.
UNWIND $ids AS id
MATCH (m:MergedActor {id: id})-[:MERGED_INTO]->(target:Actor)
RETURN m.id AS id, target.id AS intoId
