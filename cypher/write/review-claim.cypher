MATCH (a:Actor)-[:MADE]->(c:Claim {id: $claimId})
SET c.reviewedAt = $reviewedAt,
    c.reviewedBy = $reviewedBy,
    c.stance = coalesce($stance, c.stance),
    c.rejected = $rejected
RETURN a.id AS actorId
