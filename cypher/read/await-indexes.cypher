// Until every index is online: one a migration has just created is filled in the background.
CALL db.awaitIndexes(toInteger($timeoutSeconds))
