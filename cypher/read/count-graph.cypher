RETURN COUNT { MATCH (n) WHERE NOT n:Migration } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships
