UNWIND $rows AS row
MATCH (n)
WHERE elementId(n) = row.elementId
SET n.search = row.search
