MATCH (a:Actor)
WHERE ($actor IS NULL OR a.id = $actor)
  AND ($actorTypes IS NULL OR a.type IN $actorTypes)
  AND (($issue IS NULL AND $edge IS NULL AND NOT $claimFilter) OR EXISTS {
    MATCH (a)-[p:SUPPORTS|OPPOSES|MIXED_ON|NEUTRAL_ON]->(i:Issue)
    WHERE ($issue IS NULL OR i.id = $issue)
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
  })
WITH a
ORDER BY a.name, a.id
SKIP toInteger($offset) LIMIT toInteger($limit)
RETURN a.id AS id, a.name AS name, a.nameAr AS nameAr, a.nameEn AS nameEn, a.aliases AS aliases, a.type AS type,
       [(a)-[:PART_OF]->(p:Actor) | p.id] AS partOf
