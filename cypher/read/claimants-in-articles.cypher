CYPHER replan=skip
// Every row starts from a node found by its unique id, so the plan does not depend on the graph's
// size: re-planning it as the graph grows (and JIT-compiling the new plan) would be wasted work.
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:IN]-(:Claim)<-[:MADE]-(a:Actor)
RETURN DISTINCT a.id AS id
