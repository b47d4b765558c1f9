// No read looks claims up by stance (they filter claims reached from an actor or an issue), so
// this index only cost every claim written an index entry.
DROP INDEX claim_stance IF EXISTS
