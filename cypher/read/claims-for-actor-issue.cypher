MATCH (a:Actor {id: $actorId})-[:MADE]->(c:Claim)-[:ABOUT]->(i:Issue {id: $issueId})
WHERE c.rejected IS NULL OR c.rejected = false
WITH a, i, c, COLLECT {
  MATCH (c)-[o:IN]->(art:Article)
  WITH o, art ORDER BY art.publishedAt, art.id
  // Claims and occurrences come as lists, in the order of ClaimRecordSchema (src/store/records.ts)
  RETURN [o.start, o.end, art.id, art.sha256, art.file, art.url, art.title, art.outlet, art.publishedAt, art.language]
} AS occurrences
WITH a, i, c, occurrences, [o IN occurrences WHERE o[8] IS NOT NULL | o[8]][0] AS firstSeen
ORDER BY firstSeen, c.confidence DESC, c.id
RETURN [c.id, c.stance, c.qualifiers, c.quote, c.start, c.end, c.confidence, c.method, c.articleId, c.rejected, c.reviewedBy, c.reviewedAt,
        a.id, i.id, occurrences] AS claim
