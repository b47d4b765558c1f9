RETURN NOT EXISTS { MATCH (n) WHERE NOT n:Migration } AS empty
