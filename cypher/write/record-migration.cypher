MERGE (m:Migration {version: $version})
ON CREATE SET m.appliedAt = $appliedAt
