CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Actor|Claim) ON EACH [n.search]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}
