CREATE CONSTRAINT migration_version_unique IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE
