UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (i:Issue {id: row.issueId})
MERGE (c:Claim {id: row.id})
  ON CREATE SET c._created = true
// Write-lock the claim before reading reviewedAt, so that a review committed meanwhile is seen, not overwritten.
SET c._lock = true
WITH a, i, c, row, c._created IS NOT NULL AS created
SET c.stance = CASE WHEN c.reviewedAt IS NULL THEN row.stance ELSE c.stance END,
    c.qualifiers = row.qualifiers,
    c.quote = row.quote,
    c.start = toInteger(row.start),
    c.end = toInteger(row.end),
    c.confidence = toFloat(row.confidence),
    c.method = row.method,
    c.articleId = row.articleId,
    c.search = row.search
REMOVE c._lock, c._created
WITH a, i, c, row, created
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
