RETURN NOT EXISTS { MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion } AS empty
