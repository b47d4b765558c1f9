CYPHER replan=skip
// Every row starts from a node found by its unique id, so the plan does not depend on the graph's
// size: re-planning it as the graph grows (and JIT-compiling the new plan) would be wasted work.
UNWIND $rows AS row
MATCH (child:Actor {id: row.id})
MATCH (parent:Actor {id: row.parentId})
MERGE (child)-[:PART_OF]->(parent)
RETURN count(*) AS linked
