// One row, nulls before the first write.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.epoch AS epoch, v.version AS version
