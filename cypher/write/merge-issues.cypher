CYPHER replan=skip
// Every row starts from a node found by its unique id, so the plan does not depend on the graph's
// size: re-planning it as the graph grows (and JIT-compiling the new plan) would be wasted work.
UNWIND $rows AS row
MERGE (i:Issue {id: row.id})
SET i.name = row.name,
    i.nameAr = row.nameAr
