MATCH (n)
WHERE NOT n:Migration AND NOT n:GraphVersion
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
