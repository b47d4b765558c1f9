CYPHER replan=skip
// Every row starts from a node found by its unique id, so the plan does not depend on the graph's
// size: re-planning it as the graph grows (and JIT-compiling the new plan) would be wasted work.
// Claims new to the graph added to their actor's position edge on their issue, without reading
// the actor's other claims: the position rule only needs the edge's type (which decisive stances
// it stands for), its count and its dates. One row per (actor, issue): the new claims' count,
// their decisive (non-neutral) stances and their first and last article dates.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (i:Issue {id: row.issueId})
// Write-lock the actor before reading its edges, as write/derive-positions.cypher does: a
// concurrent transaction adding to the same edge waits, then reads what this one wrote.
SET a._lock = true
REMOVE a._lock
// Expanded from the actor (the issue holds every claim's ABOUT), as in derive-positions.
WITH a, i, row, [(a)-[q:SUPPORTS|OPPOSES|MIXED_ON|NEUTRAL_ON]->(j:Issue) | {rel: q, issue: j}] AS edges
WITH a, i, row, [e IN edges WHERE e.issue = i | e.rel] AS existing
WITH a, i, row, existing, head(existing) AS old
WITH a, i, existing, old,
     toInteger(row.claims) + coalesce(old.claims, 0) AS claims,
     row.decisive + CASE type(old) WHEN 'SUPPORTS' THEN ['supports'] WHEN 'OPPOSES' THEN ['opposes'] WHEN 'MIXED_ON' THEN ['mixed'] ELSE [] END AS decisive,
     CASE WHEN old.first IS NULL OR (row.first IS NOT NULL AND row.first < old.first) THEN row.first ELSE old.first END AS first,
     CASE WHEN old.last IS NULL OR (row.last IS NOT NULL AND row.last > old.last) THEN row.last ELSE old.last END AS last
WITH a, i, existing, old, claims, first, last,
     CASE
       WHEN size(decisive) = 0 THEN 'NEUTRAL_ON'
       WHEN all(s IN decisive WHERE s = 'supports') THEN 'SUPPORTS'
       WHEN all(s IN decisive WHERE s = 'opposes') THEN 'OPPOSES'
       ELSE 'MIXED_ON'
     END AS edge
WITH a, i, existing, claims, first, last, edge, CASE WHEN old IS NOT NULL AND type(old) = edge THEN old END AS kept
FOREACH (stale IN [e IN existing WHERE kept IS NULL OR e <> kept] | DELETE stale)
FOREACH (_ IN CASE WHEN kept IS NULL THEN [] ELSE [1] END |
  SET kept.claims = claims, kept.first = first, kept.last = last)
FOREACH (_ IN CASE WHEN kept IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[:$(edge) {claims: claims, first: first, last: last}]->(i))
RETURN count(*) AS edges
