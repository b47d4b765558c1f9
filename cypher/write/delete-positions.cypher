UNWIND $actorIds AS actorId
MATCH (:Actor {id: actorId})-[p:SUPPORTS|OPPOSES|MIXED_ON|NEUTRAL_ON]->(:Issue)
DELETE p
