// Run after every committed write (src/store/run.ts writeTx), in a transaction of its own so that
// writes hold these two nodes' locks only for a moment. Readers key cached answers on (epoch,
// version): a new epoch when the node is created again means a version number is never reused.
// The second node carries a copy: the read cache's leases take turns on the two (one on each,
// src/store/read.ts leaseGraphVersion), and a write has to wait for both. The version node is
// locked first, then the copy, then the writers' tickets, in every write, so writes never wait
// for each other in a cycle. $ticket (announce-graph-write) is marked served: a lease that reads
// no ticket drawn beyond the highest served has no write waiting for it.
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.epoch = randomUUID(), v.version = 0
SET v.version = v.version + 1, v.changedAt = $changedAt
WITH v
MERGE (copy:GraphVersion {id: 'graph-copy'})
SET copy.epoch = v.epoch, copy.version = v.version, copy.changedAt = v.changedAt
WITH copy
MERGE (w:GraphVersion {id: 'writers'})
SET w.served = CASE WHEN coalesce(w.served, 0) < $ticket THEN $ticket ELSE w.served END
