MATCH (m:Migration)
RETURN m.version AS version
ORDER BY version
