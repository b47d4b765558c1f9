MATCH (i:Issue)
RETURN i.id AS id, i.name AS name, i.nameAr AS nameAr
ORDER BY i.id
