RETURN COUNT { MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships
