CYPHER replan=skip
// Every row starts from a node found by its unique id, so the plan does not depend on the graph's
// size: re-planning it as the graph grows (and JIT-compiling the new plan) would be wasted work.
// The claims come as parallel lists, claim n at index n of each, rather than a list of row maps:
// Bolt then carries no key names per claim, and to the planner `$quotes[n]` is not a property
// read the way `row.quote` is (a row might be a node), which spares an Eager buffer of every row
// (and one more for claims already there). The property maps below are literals for the same
// reason: `c += properties` from a variable would bring those Eagers back.
UNWIND range(0, size($ids) - 1) AS n
MATCH (a:Actor {id: $actorIds[n]})
MATCH (i:Issue {id: $issueIds[n]})
// A claim this statement creates takes its properties at once. One that was there is
// write-locked first (ON MATCH), so that a review committed meanwhile is seen below, not
// overwritten; the lock property is what tells the two apart afterwards.
MERGE (c:Claim {id: $ids[n]})
  ON CREATE SET c += {qualifiers: $qualifiers[n], quote: $quotes[n], start: toInteger($starts[n]), end: toInteger($ends[n]), confidence: $confidences[n], method: $methods[n], articleId: $articleIds[n], search: $searches[n], stance: $stances[n]}
  ON MATCH SET c._lock = true
WITH a, i, c, n, c._lock IS NULL AS created
CALL (c, n, created) {
  WITH c, n WHERE NOT created
  SET c += {qualifiers: $qualifiers[n], quote: $quotes[n], start: toInteger($starts[n]), end: toInteger($ends[n]), confidence: $confidences[n], method: $methods[n], articleId: $articleIds[n], search: $searches[n]},
      c.stance = CASE WHEN c.reviewedAt IS NULL THEN $stances[n] ELSE c.stance END
  REMOVE c._lock
}
// A claim this statement created has no relationships yet: CREATE them without looking (each
// row names a claim id once, and its articles once). A claim that was there gets MERGE.
CALL (a, i, c, created) {
  WITH a, i, c WHERE created
  CREATE (a)-[:MADE]->(c), (c)-[:ABOUT]->(i)
}
CALL (a, i, c, created) {
  WITH a, i, c WHERE NOT created
  MERGE (a)-[:MADE]->(c)
  MERGE (c)-[:ABOUT]->(i)
}
// Claim n's articles: $occurrenceArticleIds[n][k], with the offsets at [n][k] of the other two.
WITH c, n, created
UNWIND range(0, size($occurrenceArticleIds[n]) - 1) AS k
MATCH (art:Article {id: $occurrenceArticleIds[n][k]})
CALL (c, art, n, k, created) {
  WITH c, art, n, k WHERE created
  CREATE (c)-[:IN {start: toInteger($occurrenceStarts[n][k]), end: toInteger($occurrenceEnds[n][k])}]->(art)
}
CALL (c, art, n, k, created) {
  WITH c, art, n, k WHERE NOT created
  MERGE (c)-[r:IN]->(art)
  SET r.start = toInteger($occurrenceStarts[n][k]),
      r.end = toInteger($occurrenceEnds[n][k])
}
RETURN count(*) AS occurrences, collect(DISTINCT CASE WHEN NOT created THEN c.id END) AS existing
