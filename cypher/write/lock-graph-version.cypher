// Takes the version node's write lock without changing anything: the transaction holding it is
// rolled back when the lease ends (src/store/read.ts leaseGraphVersion), and until then
// bump-graph-version, which every write runs after committing, waits for it. No row before the
// first write (no node, no lock).
MATCH (v:GraphVersion {id: 'graph'})
SET v.version = v.version
RETURN v.epoch AS epoch, v.version AS version
