// stancegraph: the map of an issue to look at, styled by stancegraph.grass: every actor with a
// position on it (green supports, red opposes, amber mixed) and the affiliations between them.
// First run   :param issue => 'withdrawal'
MATCH p = (a:Actor)-[:SUPPORTS|OPPOSES|MIXED_ON|NEUTRAL_ON]->(:Issue {id: $issue})
OPTIONAL MATCH q = (a)-[:PART_OF]->(:Actor)
RETURN p, q
