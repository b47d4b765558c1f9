UNWIND $rows AS row
MERGE (i:Issue {id: row.id})
SET i.name = row.name,
    i.nameAr = row.nameAr
