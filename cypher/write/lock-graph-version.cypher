// Takes the write lock of one of the two version nodes ($id: 'graph' or its copy 'graph-copy',
// which every write sets to the same epoch and version) and holds it: the transaction is rolled
// back when the lease ends (src/store/read.ts leaseGraphVersion), and until then
// bump-graph-version, which every write runs after committing and which sets both nodes, waits
// for it. The lock is taken by a SET that reads nothing, and the version is read after it: a
// SET reading the property it sets (`SET v.version = v.version`) can read it before waiting for
// a write that holds the lock, and return the version that write has just replaced. No row
// before the first write (no node, no lock). The write tickets come too (read/graph-writers): a
// write already waiting for the lease shows as a ticket drawn and not yet served.
MATCH (v:GraphVersion {id: $id})
SET v.leased = true
WITH v
OPTIONAL MATCH (w:GraphVersion {id: 'writers'})
RETURN v.epoch AS epoch, v.version AS version, coalesce(w.requested, 0) AS requested, coalesce(w.served, 0) AS served
