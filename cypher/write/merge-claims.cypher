CYPHER replan=skip
// Every row starts from a node found by its unique id, so the plan does not depend on the graph's
// size: re-planning it as the graph grows (and JIT-compiling the new plan) would be wasted work.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (i:Issue {id: row.issueId})
// A claim this statement creates takes its properties at once. One that was there is
// write-locked first (ON MATCH), so that a review committed meanwhile is seen below, not
// overwritten; the lock property is what tells the two apart afterwards.
MERGE (c:Claim {id: row.id})
  ON CREATE SET c += row.properties, c.stance = row.stance
  ON MATCH SET c._lock = true
WITH a, i, c, row, c._lock IS NULL AS created
CALL (c, row, created) {
  WITH c, row WHERE NOT created
  SET c += row.properties,
      c.stance = CASE WHEN c.reviewedAt IS NULL THEN row.stance ELSE c.stance END
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
WITH c, row, created
UNWIND row.occurrences AS occurrence
MATCH (art:Article {id: occurrence.articleId})
CALL (c, art, occurrence, created) {
  WITH c, art, occurrence WHERE created
  CREATE (c)-[:IN {start: toInteger(occurrence.start), end: toInteger(occurrence.end)}]->(art)
}
CALL (c, art, occurrence, created) {
  WITH c, art, occurrence WHERE NOT created
  MERGE (c)-[r:IN]->(art)
  SET r.start = toInteger(occurrence.start),
      r.end = toInteger(occurrence.end)
}
RETURN count(*) AS occurrences, collect(DISTINCT CASE WHEN NOT created THEN c.id END) AS existing
