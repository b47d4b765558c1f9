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
         WHERE (c.rejected IS NULL OR c.rejected = false)
         WITH c, COLLECT {
           MATCH (c)-[o:IN]->(art:Article)
           WITH o, art ORDER BY art.publishedAt, art.id
           RETURN {publishedAt: art.publishedAt, occurrence: [art.id, [k IN $occurrenceKeys | o[k]], [k IN $articleKeys | art[k]]]}
         } AS occurrences
         WITH c, occurrences, [o IN occurrences WHERE o.publishedAt IS NOT NULL | o.publishedAt][0] AS firstSeen
         ORDER BY firstSeen, c.confidence DESC, c.id
         // Claims come as lists in the order of claimViewRowSchema (src/store/claim-fields.ts), with only the
         // properties named in $claimKeys, $occurrenceKeys and $articleKeys (a whitelist, see there)
         RETURN [c.id, c.articleId, [k IN $claimKeys | c[k]], CASE WHEN $withOccurrences THEN [o IN occurrences | o.occurrence] ELSE [] END]
       } AS claims
