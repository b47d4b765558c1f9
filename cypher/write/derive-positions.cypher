CYPHER replan=skip
// Every row starts from a node found by its unique id, so the plan does not depend on the graph's
// size: re-planning it as the graph grows (and JIT-compiling the new plan) would be wasted work.
UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})
// Write-lock the actor before reading its claims and edges: two transactions deriving the same
// actor's positions then run one after the other, and neither creates an edge the other made.
SET a._lock = true
REMOVE a._lock
WITH a
CALL (a) {
  OPTIONAL MATCH (a)-[:MADE]->(c:Claim)-[:ABOUT]->(i:Issue)
  WHERE c.rejected IS NULL OR c.rejected = false
  OPTIONAL MATCH (c)-[:IN]->(art:Article)
  WITH i, c, min(art.publishedAt) AS claimFirst, max(art.publishedAt) AS claimLast
  WHERE c IS NOT NULL
  WITH i, count(c) AS claims, collect(DISTINCT c.stance) AS stances, min(claimFirst) AS first, max(claimLast) AS last
  WITH i, claims, first, last, [s IN stances WHERE s <> 'neutral'] AS decisive
  RETURN collect({
    issue: i, claims: claims, first: first, last: last,
    edge: CASE
      WHEN size(decisive) = 0 THEN 'NEUTRAL_ON'
      WHEN all(s IN decisive WHERE s = 'supports') THEN 'SUPPORTS'
      WHEN all(s IN decisive WHERE s = 'opposes') THEN 'OPPOSES'
      ELSE 'MIXED_ON'
    END
  }) AS derived
}
WITH a, derived,
     [(a)-[q:SUPPORTS|OPPOSES|MIXED_ON|NEUTRAL_ON]->(j:Issue) | {rel: q, issue: j, edge: type(q)}] AS existing
FOREACH (stale IN [e IN existing WHERE none(d IN derived WHERE d.issue = e.issue AND d.edge = e.edge) | e.rel] |
  DELETE stale)
WITH a, derived, existing
CALL (a, derived, existing) {
  UNWIND derived AS d
  WITH a, d, d.issue AS i, [e IN existing WHERE e.issue = d.issue AND e.edge = d.edge | e.rel] AS same
  FOREACH (kept IN same |
    SET kept.claims = d.claims, kept.first = d.first, kept.last = d.last)
  FOREACH (_ IN CASE WHEN size(same) = 0 THEN [1] ELSE [] END |
    CREATE (a)-[:$(d.edge) {claims: d.claims, first: d.first, last: d.last}]->(i))
}
RETURN sum(size(derived)) AS edges
