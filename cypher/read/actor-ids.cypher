MATCH (a:Actor)
RETURN a.id AS id
ORDER BY a.id
