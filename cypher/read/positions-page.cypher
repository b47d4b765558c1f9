MATCH (a:Actor)-[p:SUPPORTS|OPPOSES|MIXED_ON|NEUTRAL_ON]->(i:Issue)
WHERE ($issue IS NULL OR i.id = $issue)
  AND ($actor IS NULL OR a.id = $actor)
  AND ($actorTypes IS NULL OR a.type IN $actorTypes)
  AND ($edge IS NULL OR type(p) = $edge)
  AND (NOT $claimFilter OR EXISTS {
    MATCH (a)-[:MADE]->(c:Claim)-[:ABOUT]->(i)
    WHERE (c.rejected IS NULL OR c.rejected = false)
      AND ($minConfidence IS NULL OR c.confidence >= $minConfidence)
      AND (NOT $reviewedOnly OR c.reviewedAt IS NOT NULL)
      AND (($outlet IS NULL AND $from IS NULL AND $to IS NULL) OR EXISTS {
        MATCH (c)-[:IN]->(art:Article)
        WHERE ($outlet IS NULL OR art.outlet = $outlet)
          AND ($from IS NULL OR left(art.publishedAt, 10) >= $from)
          AND ($to IS NULL OR left(art.publishedAt, 10) <= $to)
      })
  })
WITH a, p, i
ORDER BY p.claims DESC, a.name, a.id, i.id
SKIP toInteger($offset) LIMIT toInteger($limit)
RETURN a {.id, .name, .nameAr, .nameEn, .aliases, .type, partOf: [(a)-[:PART_OF]->(parent:Actor) | parent.id]} AS actor,
       i {.id, .name, .nameAr} AS issue,
       type(p) AS edge, p.claims AS claimCount, p.first AS first, p.last AS last,
       COLLECT {
         MATCH (a)-[:MADE]->(c:Claim)-[:ABOUT]->(i)
         WHERE c.rejected IS NULL OR c.rejected = false
         WITH c, COLLECT {
  MATCH (c)-[o:IN]->(art:Article)
  WITH o, art ORDER BY art.publishedAt, art.id
  // Claims and occurrences come as lists, in the order of ClaimRecordSchema (src/store/records.ts)
  RETURN [o.start, o.end, art.id, art.sha256, art.file, art.url, art.title, art.outlet, art.publishedAt, art.language]
} AS occurrences
         WITH c, occurrences, [o IN occurrences WHERE o[8] IS NOT NULL | o[8]][0] AS firstSeen
         ORDER BY firstSeen, c.confidence DESC, c.id
         RETURN [c.id, c.stance, c.qualifiers, c.quote, c.start, c.end, c.confidence, c.method, c.articleId, c.rejected, c.reviewedBy, c.reviewedAt,
                 a.id, i.id, occurrences]
       } AS claims
