MATCH (m:MergedActor)-[r:MERGED_INTO]->(a:Actor)
RETURN m.id AS id, m.name AS name, a.id AS intoId, r.reviewedBy AS reviewedBy, r.reviewedAt AS reviewedAt
ORDER BY id
