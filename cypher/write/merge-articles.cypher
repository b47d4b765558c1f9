UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.sha256 = row.sha256,
    a.file = row.file,
    a.url = row.url,
    a.title = row.title,
    a.outlet = row.outlet,
    a.publishedAt = row.publishedAt,
    a.language = row.language,
    a.text = row.text
WITH a, row
FOREACH (stale IN [(a)-[link:PUBLISHED_BY]->(previous) WHERE row.outlet IS NULL OR previous.name <> row.outlet | link] |
  DELETE stale)
WITH a, row
WHERE row.outlet IS NOT NULL
MERGE (o:Outlet {name: row.outlet})
MERGE (a)-[:PUBLISHED_BY]->(o)
