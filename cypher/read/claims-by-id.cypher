UNWIND $ids AS id
MATCH (a:Actor)-[:MADE]->(c:Claim {id: id})-[:ABOUT]->(i:Issue)
WITH a, i, c, COLLECT {
  MATCH (c)-[o:IN]->(art:Article)
  WITH o, art ORDER BY art.publishedAt, art.id
  RETURN {start: o.start, end: o.end,
          article: art {.id, .sha256, .file, .url, .title, .outlet, .publishedAt, .language}}
} AS occurrences
RETURN c {.id, .stance, .qualifiers, .quote, .start, .end, .confidence, .method, .articleId, .rejected, .reviewedBy, .reviewedAt,
          actorId: a.id, issueId: i.id, occurrences: occurrences} AS claim
