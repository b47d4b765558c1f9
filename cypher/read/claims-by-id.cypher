UNWIND $ids AS id
MATCH (a:Actor)-[:MADE]->(c:Claim {id: id})-[:ABOUT]->(i:Issue)
WITH a, i, c, COLLECT {
  MATCH (c)-[o:IN]->(art:Article)
  WITH o, art ORDER BY art.publishedAt, art.id
  // Claims and occurrences come as lists, in the order of ClaimRecordSchema (src/store/records.ts)
  RETURN [o.start, o.end, art.id, art.sha256, art.file, art.url, art.title, art.outlet, art.publishedAt, art.language]
} AS occurrences
RETURN [c.id, c.stance, c.qualifiers, c.quote, c.start, c.end, c.confidence, c.method, c.articleId, c.rejected, c.reviewedBy, c.reviewedAt,
        a.id, i.id, occurrences] AS claim
