// One branch per position type: an issue is a dense node, and expanding one relationship type
// reads only that type's relationships (whoSupports: 32 of 1,500 positions), where filtering on
// type(p) reads them all. A branch whose type is not asked for expands nothing.
MATCH (i:Issue {id: $issueId})
CALL (i) {
  MATCH (a:Actor)-[p:SUPPORTS]->(i) WHERE $edge IS NULL OR $edge = 'SUPPORTS' RETURN a, p
  UNION ALL
  MATCH (a:Actor)-[p:OPPOSES]->(i) WHERE $edge IS NULL OR $edge = 'OPPOSES' RETURN a, p
  UNION ALL
  MATCH (a:Actor)-[p:MIXED_ON]->(i) WHERE $edge IS NULL OR $edge = 'MIXED_ON' RETURN a, p
  UNION ALL
  MATCH (a:Actor)-[p:NEUTRAL_ON]->(i) WHERE $edge IS NULL OR $edge = 'NEUTRAL_ON' RETURN a, p
}
RETURN a {.id, .name, .nameAr, .nameEn, .aliases, .type, partOf: [(a)-[:PART_OF]->(parent:Actor) | parent.id]} AS actor,
       i {.id, .name, .nameAr} AS issue,
       type(p) AS edge, p.claims AS claimCount, p.first AS first, p.last AS last,
       COLLECT {
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
       } AS claims
ORDER BY claimCount DESC, actor.name, actor.id
