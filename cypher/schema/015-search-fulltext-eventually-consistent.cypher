// 011's index again, but brought up to date just after each commit instead of inside it: analysing
// and indexing every quote's words was a large share of an ingest's commit. Searches wait for it
// first (read/await-search-index.cypher), so they still find everything committed before them.
CREATE FULLTEXT INDEX search_text_ec IF NOT EXISTS
FOR (n:Actor|Claim) ON EACH [n.search]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic', `fulltext.eventually_consistent`: true}}
