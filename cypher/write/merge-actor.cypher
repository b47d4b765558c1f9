MATCH (from:Actor {id: $fromId})
MATCH (into:Actor {id: $intoId})
CALL (from, into) {
  OPTIONAL MATCH (from)-[made:MADE]->(c:Claim)
  WITH into, made, c WHERE made IS NOT NULL
  MERGE (into)-[:MADE]->(c)
  DELETE made
  RETURN count(c) AS moved
}
CALL (from, into) {
  OPTIONAL MATCH (from)-[old:PART_OF]->(parent:Actor)
  WITH into, old, parent WHERE old IS NOT NULL
  FOREACH (_ IN CASE WHEN parent <> into THEN [1] ELSE [] END |
    MERGE (into)-[kept:PART_OF]->(parent)
    SET kept.reviewedBy = $reviewedBy, kept.reviewedAt = $reviewedAt)
  DELETE old
  RETURN count(old) AS parents
}
CALL (from, into) {
  OPTIONAL MATCH (child:Actor)-[old:PART_OF]->(from)
  WITH into, old, child WHERE old IS NOT NULL
  FOREACH (_ IN CASE WHEN child <> into THEN [1] ELSE [] END |
    MERGE (child)-[kept:PART_OF]->(into)
    SET kept.reviewedBy = $reviewedBy, kept.reviewedAt = $reviewedAt)
  DELETE old
  RETURN count(old) AS children
}
CALL (from, into) {
  OPTIONAL MATCH (earlier:MergedActor)-[old:MERGED_INTO]->(from)
  WITH into, old, earlier WHERE old IS NOT NULL
  CREATE (earlier)-[moved:MERGED_INTO]->(into)
  SET moved = properties(old)
  DELETE old
  RETURN count(old) AS earlier
}
CALL (from) {
  OPTIONAL MATCH (from)-[position:SUPPORTS|OPPOSES|MIXED_ON|NEUTRAL_ON]->(:Issue)
  DELETE position
  RETURN count(position) AS positions
}
WITH from, into, moved,
     [name IN [from.name, from.nameAr, from.nameEn] + coalesce(from.aliases, [])
      WHERE name IS NOT NULL AND name <> into.name] AS names
WITH from, into, moved,
     reduce(acc = [], name IN names | CASE WHEN name IN acc THEN acc ELSE acc + name END) AS names
SET into.reviewedAliases = coalesce(into.reviewedAliases, []) + [name IN names WHERE NOT name IN coalesce(into.reviewedAliases, [])],
    into.aliases = coalesce(into.aliases, []) + [name IN names WHERE NOT name IN coalesce(into.aliases, [])],
    into.reviewedSearch = trim(coalesce(into.reviewedSearch, '') + ' ' + coalesce(from.search, '')),
    into.search = trim(coalesce(into.search, '') + ' ' + coalesce(from.search, '')),
    into.reviewedBy = $reviewedBy,
    into.reviewedAt = $reviewedAt
REMOVE from:Actor:Government:Ministry:Military:Person:Official:Faction:Party:Analyst:DiplomaticSource:Source:Legislature:Public:Organization:Country
SET from:MergedActor,
    from.search = null
CREATE (from)-[:MERGED_INTO {reviewedBy: $reviewedBy, reviewedAt: $reviewedAt}]->(into)
RETURN into.id AS intoId, moved
