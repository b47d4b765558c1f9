CALL db.index.fulltext.queryNodes('search_text_ec', $query, {limit: toInteger($limit)}) YIELD node, score
WITH node, score
WHERE node:Actor OR (node:Claim AND (node.rejected IS NULL OR node.rejected = false))
OPTIONAL MATCH (speaker:Actor)-[:MADE]->(node:Claim)
RETURN CASE WHEN node:Actor THEN 'actor' ELSE 'claim' END AS kind,
       node.id AS id,
       CASE WHEN node:Actor THEN node.name ELSE node.quote END AS text,
       CASE WHEN node:Actor THEN node.id ELSE speaker.id END AS actorId,
       score
ORDER BY score DESC, kind, id
