MERGE (a:Actor {id: $actorId})
  ON CREATE SET a.name = $actorName, a.nameAr = $actorNameAr, a.type = $actorType
MERGE (i:Issue {id: $issueId})
MERGE (art:Article {id: $articleId})
  ON CREATE SET art.outlet = $outlet, art.publishedAt = $publishedAt, art.language = 'ar'
MERGE (c:Claim {id: $id})
SET c.stance = $stance, c.quote = $quote, c.start = $start, c.end = $end, c.confidence = $confidence, c.method = $method
MERGE (a)-[:MADE]->(c)
MERGE (c)-[:ABOUT]->(i)
MERGE (c)-[r:IN]->(art)
SET r.start = $start, r.end = $end
