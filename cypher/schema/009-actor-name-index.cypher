CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)
