MATCH (:Actor)-[r:ALIGNED_WITH {scope: $scope}]->(:Actor)
DELETE r
RETURN count(*) AS deleted
