UNWIND $ids AS id
MATCH (i:Issue {id: id})
RETURN i.id AS id, i.name AS name, i.nameAr AS nameAr
