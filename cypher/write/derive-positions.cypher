UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})-[:MADE]->(c:Claim)-[:ABOUT]->(i:Issue)
WHERE c.rejected IS NULL OR c.rejected = false
OPTIONAL MATCH (c)-[:IN]->(art:Article)
WITH a, i, c, min(art.publishedAt) AS claimFirst, max(art.publishedAt) AS claimLast
WITH a, i, count(c) AS claims, collect(c.stance) AS stances, min(claimFirst) AS first, max(claimLast) AS last
WITH a, i, claims, first, last, [s IN stances WHERE s <> 'neutral'] AS decisive
WITH a, i, claims, first, last,
     CASE
       WHEN size(decisive) = 0 THEN 'NEUTRAL_ON'
       WHEN all(s IN decisive WHERE s = 'supports') THEN 'SUPPORTS'
       WHEN all(s IN decisive WHERE s = 'opposes') THEN 'OPPOSES'
       ELSE 'MIXED_ON'
     END AS edge
FOREACH (_ IN CASE WHEN edge = 'SUPPORTS' THEN [1] ELSE [] END |
  CREATE (a)-[:SUPPORTS {claims: claims, first: first, last: last}]->(i))
FOREACH (_ IN CASE WHEN edge = 'OPPOSES' THEN [1] ELSE [] END |
  CREATE (a)-[:OPPOSES {claims: claims, first: first, last: last}]->(i))
FOREACH (_ IN CASE WHEN edge = 'MIXED_ON' THEN [1] ELSE [] END |
  CREATE (a)-[:MIXED_ON {claims: claims, first: first, last: last}]->(i))
FOREACH (_ IN CASE WHEN edge = 'NEUTRAL_ON' THEN [1] ELSE [] END |
  CREATE (a)-[:NEUTRAL_ON {claims: claims, first: first, last: last}]->(i))
RETURN a.id AS actorId, i.id AS issueId, edge
