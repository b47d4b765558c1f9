UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})
RETURN a {.id, .name, .nameAr, .nameEn, .aliases, .type, partOf: [(a)-[:PART_OF]->(parent:Actor) | parent.id]} AS actor,
       COLLECT {
         MATCH (a)-[p:SUPPORTS|OPPOSES|MIXED_ON|NEUTRAL_ON]->(i:Issue)
         WITH p, i ORDER BY i.id
         RETURN {issue: i {.id, .name, .nameAr}, edge: type(p), claimCount: p.claims, first: p.first, last: p.last,
                 claims: COLLECT {
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
                 }}
       } AS positions
