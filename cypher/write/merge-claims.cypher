UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (i:Issue {id: row.issueId})
MERGE (c:Claim {id: row.id})
// Write-lock the claim before reading reviewedAt, so that a review committed meanwhile is seen, not overwritten.
SET c._lock = true
WITH a, i, c, row
SET c.stance = CASE WHEN c.reviewedAt IS NULL THEN row.stance ELSE c.stance END,
    c.qualifiers = row.qualifiers,
    c.quote = row.quote,
    c.start = toInteger(row.start),
    c.end = toInteger(row.end),
    c.confidence = toFloat(row.confidence),
    c.method = row.method,
    c.articleId = row.articleId,
    c.search = row.search
REMOVE c._lock
MERGE (a)-[:MADE]->(c)
MERGE (c)-[:ABOUT]->(i)
WITH c, row
UNWIND row.occurrences AS occurrence
MATCH (art:Article {id: occurrence.articleId})
MERGE (c)-[r:IN]->(art)
SET r.start = toInteger(occurrence.start),
    r.end = toInteger(occurrence.end)
RETURN count(*) AS occurrences
