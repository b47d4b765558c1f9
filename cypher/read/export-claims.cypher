MATCH (a:Actor)-[:MADE]->(c:Claim)-[:ABOUT]->(i:Issue)
RETURN c.id AS id, a.id AS actorId, a.name AS actorName, a.nameAr AS actorNameAr, i.id AS issueId,
       c.stance AS stance, c.qualifiers AS qualifiers, c.quote AS quote, c.start AS start, c.end AS end,
       c.confidence AS confidence, c.method AS method, c.articleId AS articleId,
       coalesce(c.rejected, false) AS rejected, c.reviewedBy AS reviewedBy, c.reviewedAt AS reviewedAt,
       COLLECT {
         MATCH (c)-[o:IN]->(art:Article)
         WITH o, art ORDER BY art.publishedAt, art.id
         RETURN {start: o.start, end: o.end, articleId: art.id, file: art.file, title: art.title,
                 outlet: art.outlet, publishedAt: art.publishedAt, url: art.url}
       } AS occurrences
ORDER BY actorId, issueId, id
