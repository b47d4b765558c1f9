UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})
RETURN a {.id, .name, .nameAr, .nameEn, .aliases, .type, partOf: [(a)-[:PART_OF]->(parent:Actor) | parent.id]} AS actor,
       COLLECT {
         MATCH (a)-[p:SUPPORTS|OPPOSES|MIXED_ON|NEUTRAL_ON]->(i:Issue)
         WITH p, i ORDER BY i.id
         RETURN {issue: i {.id, .name, .nameAr}, edge: type(p), claimCount: p.claims, first: p.first, last: p.last,
                 claims: COLLECT {
                   MATCH (a)-[:MADE]->(c:Claim)-[:ABOUT]->(i)
                   WHERE $withClaims AND (c.rejected IS NULL OR c.rejected = false)
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
                 }}
       } AS positions
