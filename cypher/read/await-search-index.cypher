// Until the updates of every transaction committed so far are in the eventually consistent
// full-text index (cypher/schema/015), so that a search finds what was written before it.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
