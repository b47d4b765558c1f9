MATCH (a:Actor)-[:MADE]->(c:Claim)-[:ABOUT]->(i:Issue)
WHERE (c.rejected IS NULL OR c.rejected = false)
  AND ($issue IS NULL OR i.id = $issue)
  AND ($actor IS NULL OR a.id = $actor)
  AND ($actorTypes IS NULL OR a.type IN $actorTypes)
  AND ($stance IS NULL OR c.stance = $stance)
  AND ($minConfidence IS NULL OR c.confidence >= $minConfidence)
  AND (NOT $reviewedOnly OR c.reviewedAt IS NOT NULL)
  AND (($outlet IS NULL AND $from IS NULL AND $to IS NULL) OR EXISTS {
    MATCH (c)-[:IN]->(art:Article)
    WHERE ($outlet IS NULL OR art.outlet = $outlet)
      AND ($from IS NULL OR left(art.publishedAt, 10) >= $from)
      AND ($to IS NULL OR left(art.publishedAt, 10) <= $to)
  })
WITH a, i, c, COLLECT {
  MATCH (c)-[o:IN]->(art:Article)
  WITH o, art ORDER BY art.publishedAt, art.id
  RETURN {start: o.start, end: o.end,
          article: art {.id, .sha256, .file, .url, .title, .outlet, .publishedAt, .language}}
} AS occurrences
WITH a, i, c, occurrences, [o IN occurrences WHERE o.article.publishedAt IS NOT NULL | o.article.publishedAt][0] AS firstSeen
ORDER BY firstSeen, c.id
SKIP toInteger($offset) LIMIT toInteger($limit)
RETURN c {.id, .stance, .qualifiers, .quote, .start, .end, .confidence, .method, .articleId, .rejected, .reviewedBy, .reviewedAt,
          actorId: a.id, issueId: i.id, occurrences: occurrences} AS claim
