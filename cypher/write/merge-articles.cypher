CYPHER replan=skip
// Every row starts from a node found by its unique id, so the plan does not depend on the graph's
// size: re-planning it as the graph grows (and JIT-compiling the new plan) would be wasted work.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
// Write-lock the article before reading its date, so that a date written meanwhile is compared, not lost.
SET a._lock = true
WITH a, row, a.sha256 IS NOT NULL AND coalesce(a.publishedAt, '') <> coalesce(row.publishedAt, '') AS redated
SET a.sha256 = row.sha256,
    a.file = row.file,
    a.url = row.url,
    a.title = row.title,
    a.outlet = row.outlet,
    a.publishedAt = row.publishedAt,
    a.language = row.language,
    a.text = row.text
REMOVE a._lock
WITH a, row, redated
FOREACH (stale IN [(a)-[link:PUBLISHED_BY]->(previous) WHERE row.outlet IS NULL OR previous.name <> row.outlet | link] |
  DELETE stale)
WITH a, row, redated
CALL (a, row) {
  WITH a, row WHERE row.outlet IS NOT NULL
  MERGE (o:Outlet {name: row.outlet})
  MERGE (a)-[:PUBLISHED_BY]->(o)
}
// Articles already in the graph whose date changed: the first and last dates of every position
// edge their claims count towards may have changed with it.
RETURN collect(CASE WHEN redated THEN a.id END) AS redated
