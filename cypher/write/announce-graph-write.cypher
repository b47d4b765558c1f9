// Run after every committed write and before bump-graph-version (src/store/run.ts writeTx), in a
// transaction of its own so that it is seen at once: draws the write's ticket. A read cache
// holding a version lease reads the tickets while it holds it (read/graph-writers); one drawn
// and not yet served means a write is waiting for the lease, which it then lets go at once
// (src/graphql/read-cache.ts). The node's lock is taken by a SET that reads nothing, before the
// count is read, so that two writes never draw the same ticket.
MERGE (w:GraphVersion {id: 'writers'})
SET w.announcing = true
WITH w
SET w.requested = coalesce(w.requested, 0) + 1
RETURN w.requested AS ticket
