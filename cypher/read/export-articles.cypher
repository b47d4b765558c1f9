MATCH (a:Article)
RETURN a.id AS id, a.sha256 AS sha256, a.file AS file, a.url AS url, a.title AS title, a.outlet AS outlet,
       a.publishedAt AS publishedAt, a.language AS language, a.text AS text
ORDER BY a.id
