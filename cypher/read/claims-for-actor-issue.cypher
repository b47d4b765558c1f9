MATCH (a:Actor {id: $actorId})-[:MADE]->(c:Claim)-[:ABOUT]->(i:Issue {id: $issueId})
WHERE c.rejected IS NULL OR c.rejected = false
WITH a, i, c, COLLECT {
  MATCH (c)-[o:IN]->(art:Article)
  WITH o, art ORDER BY art.publishedAt, art.id
  RETURN {start: o.start, end: o.end,
          article: art {.id, .sha256, .file, .url, .title, .outlet, .publishedAt, .language}}
} AS occurrences
WITH a, i, c, occurrences, [o IN occurrences WHERE o.article.publishedAt IS NOT NULL | o.article.publishedAt][0] AS firstSeen
ORDER BY firstSeen, c.confidence DESC, c.id
RETURN c {.id, .stance, .qualifiers, .quote, .start, .end, .confidence, .method, .articleId, .rejected, .reviewedBy, .reviewedAt,
          actorId: a.id, issueId: i.id, occurrences: occurrences} AS claim
