// The write tickets drawn (announce-graph-write) and the highest served (bump-graph-version);
// zeros before the first write. Read by a read cache's version lease, inside its transaction.
OPTIONAL MATCH (w:GraphVersion {id: 'writers'})
RETURN coalesce(w.requested, 0) AS requested, coalesce(w.served, 0) AS served
