UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (a:Article {id: row.articleId})
MERGE (c)-[r:IN]->(a)
SET r.start = toInteger(row.start),
    r.end = toInteger(row.end)
RETURN row.claimId AS claimId, row.articleId AS articleId
