MATCH ()-[r]->()
WITH r LIMIT toInteger($limit)
DELETE r
RETURN count(*) AS deleted
