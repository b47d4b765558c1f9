// Run after every committed write (src/store/run.ts writeTx), in a transaction of its own so that
// writes hold this one node's lock only for a moment. Readers key cached answers on (epoch,
// version): a new epoch when the node is created again means a version number is never reused.
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.epoch = randomUUID(), v.version = 0
SET v.version = v.version + 1, v.changedAt = $changedAt
