import type { Config } from '../config/env.js';
import { startLocalNeo4j } from '../localdb/local-neo4j.js';
import { createStore, verifyConnectivity, type Neo4jConnection, type Store } from '../store/driver.js';
import { applySchema } from '../store/schema.js';
import type { Progress } from './output.js';

export interface Connected {
  store: Store;
  connection: Neo4jConnection;
  /** Neo4j Browser, when we know where it is. */
  browserUrl: string | null;
}

export function localOptions(config: Config, progress?: Progress) {
  const ports = config.neo4j.kind === 'local' ? config.neo4j : { boltPort: 7687, httpPort: 7474 };
  return {
    projectRoot: config.projectRoot,
    dataDir: config.dataDir,
    boltPort: ports.boltPort,
    httpPort: ports.httpPort,
    ...(progress ? { onProgress: progress } : {}),
  };
}

/**
 * Connects to the configured Neo4j: the one NEO4J_URI names, or the project's local server,
 * started (and on first use downloaded) if it is not running. Applies the schema migrations.
 */
export async function connectStore(config: Config, progress: Progress): Promise<Connected> {
  let connection: Neo4jConnection;
  let browserUrl: string | null = null;
  if (config.neo4j.kind === 'external') {
    connection = { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database };
  } else {
    const local = await startLocalNeo4j(localOptions(config, progress));
    connection = { uri: local.uri, user: local.user, password: local.password, database: config.neo4j.database };
    browserUrl = local.browserUrl;
  }
  const store = createStore(connection);
  try {
    await verifyConnectivity(store);
    await applySchema(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return { store, connection, browserUrl };
}
