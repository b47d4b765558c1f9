UNWIND $edges AS edge
MATCH (a:Actor {id: edge.source})
MATCH (b:Actor {id: edge.target})
CREATE (a)-[r:ALIGNED_WITH]->(b)
SET r.scope = $scope,
    r.aggregation = $aggregation,
    r.normalization = $normalization,
    r.weight = toFloat(edge.weight),
    r.congruence = toFloat(edge.congruence),
    r.conflict = toFloat(edge.conflict),
    r.coalition = edge.coalition,
    r.computedAt = $computedAt
RETURN count(r) AS created
