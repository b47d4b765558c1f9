MATCH (a:Actor)-[p:SUPPORTS|OPPOSES|MIXED_ON|NEUTRAL_ON]->(i:Issue {id: $issueId})
WHERE $edge IS NULL OR type(p) = $edge
RETURN a {.id, .name, .nameAr, .nameEn, .aliases, .type, partOf: [(a)-[:PART_OF]->(parent:Actor) | parent.id]} AS actor,
       i {.id, .name, .nameAr} AS issue,
       type(p) AS edge, p.claims AS claimCount, p.first AS first, p.last AS last,
       COLLECT {
         MATCH (a)-[:MADE]->(c:Claim)-[:ABOUT]->(i)
         WHERE c.rejected IS NULL OR c.rejected = false
         WITH c, COLLECT {
           MATCH (c)-[o:IN]->(art:Article)
           WITH o, art ORDER BY art.publishedAt, art.id
           RETURN {start: o.start, end: o.end,
                   article: art {.id, .sha256, .file, .url, .title, .outlet, .publishedAt, .language}}
         } AS occurrences
         WITH c, occurrences, [o IN occurrences WHERE o.article.publishedAt IS NOT NULL | o.article.publishedAt][0] AS firstSeen
         ORDER BY firstSeen, c.confidence DESC, c.id
         RETURN c {.id, .stance, .qualifiers, .quote, .start, .end, .confidence, .method, .articleId, .rejected, .reviewedBy, .reviewedAt,
                   actorId: a.id, issueId: i.id, occurrences: occurrences}
       } AS claims
ORDER BY claimCount DESC, actor.name, actor.id
