// stancegraph: who takes the same side as whom — the actor network written by
// `stancegraph analyse alignment --write` (DNA congruence by default). A heavier r.weight is more
// agreement (for conflict or subtract networks, negative weights mean opposition); r.coalition is
// set when both actors are in the same coalition. The scope is an issue id, or 'all'.
// First run   :param scope => 'withdrawal'
MATCH (a:Actor)-[r:ALIGNED_WITH {scope: $scope}]->(b:Actor)
RETURN a, r, b
ORDER BY r.weight DESC
LIMIT 300
