CYPHER replan=skip
// Every row starts from a node found by its unique id, so the plan does not depend on the graph's
// size: re-planning it as the graph grows (and JIT-compiling the new plan) would be wasted work.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
// An actor last written from the same row (its fingerprint) is left alone: every batch names
// its speakers again, and rewriting them is most of this statement's cost. Reviews keep the
// properties in step themselves (an alias or merge sets aliases and search as the SET below
// would), so skipping loses none of them.
WITH a, row
WHERE a.fingerprint IS NULL OR a.fingerprint <> row.fingerprint
// Write-lock the actor before reading its reviewed aliases, so that an alias added meanwhile is kept.
SET a._lock = true
WITH a, row
SET a.name = row.name,
    a.nameAr = row.nameAr,
    a.nameEn = row.nameEn,
    a.aliases = row.aliases + [alias IN coalesce(a.reviewedAliases, []) WHERE NOT alias IN row.aliases],
    a.type = row.type,
    a.search = trim(row.search + ' ' + coalesce(a.reviewedSearch, '')),
    a.fingerprint = row.fingerprint
REMOVE a._lock
WITH a, row
CALL (a, row) {
  WITH a, row
  WHERE NOT (size(labels(a)) = 2 AND row.typeLabel IN labels(a))
  REMOVE a:Government:Ministry:Military:Person:Official:Faction:Party:Analyst:DiplomaticSource:Source:Legislature:Public:Organization:Country
  SET a:$(row.typeLabel)
}
WITH a, row
FOREACH (stale IN [(a)-[link:PART_OF]->(parent) WHERE NOT parent.id IN row.partOf AND link.reviewedAt IS NULL | link] |
  DELETE stale)
