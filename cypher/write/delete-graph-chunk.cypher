MATCH (n)
WHERE NOT n:Migration
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
