import path from 'node:path';
import { findProjectRoot } from '../src/config/env.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/localdb/local-neo4j.js';
import { createStore, verifyConnectivity, type Neo4jConnection, type Store } from '../src/store/driver.js';
import { applySchema } from '../src/store/schema.js';
import { deleteGraph } from '../src/store/write.js';

export interface BenchDatabase {
  store: Store;
  /** For processes of their own (the CLI under test). */
  connection: Neo4jConnection;
  /** Closes the driver and stops the server (kept running with STANCEGRAPH_BENCH_KEEP=1). */
  close(): Promise<void>;
}

/** A local Neo4j of the benchmark's own (data under .stancegraph/<name>), schema applied and wiped. */
export async function openBenchDatabase(name: string, ports: { boltPort: number; httpPort: number }, log: (line: string) => void): Promise<BenchDatabase> {
  const root = findProjectRoot();
  const local = { projectRoot: root, dataDir: path.join(root, '.stancegraph', name), ...ports, onProgress: log };
  const server = await startLocalNeo4j(local);
  const connection = { uri: server.uri, user: server.user, password: server.password };
  const store = createStore(connection, { maxTransactionRetryTimeMs: 60_000 });
  const close = async () => {
    await store.close();
    if (process.env.STANCEGRAPH_BENCH_KEEP !== '1') await stopLocalNeo4j(local);
  };
  try {
    await verifyConnectivity(store, { timeoutMs: 15_000 });
    await applySchema(store);
    log('wiping the bench database');
    await deleteGraph(store, { chunkSize: 20_000 });
  } catch (error) {
    await close();
    throw error;
  }
  return { store, connection, close };
}
