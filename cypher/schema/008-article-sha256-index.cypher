CREATE INDEX article_sha256 IF NOT EXISTS FOR (a:Article) ON (a.sha256)
