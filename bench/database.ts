import { readFileSync } from 'node:fs';
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
  /** CPU seconds (user + system) the Neo4j server process has used so far; undefined where /proc is missing. */
  serverCpuSeconds(): number | undefined;
}

/** Clock ticks per second of /proc/<pid>/stat on Linux (USER_HZ, 100 on every mainstream kernel). */
const CLOCK_TICKS = 100;

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat; undefined off Linux. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
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
  return { store, connection, close, serverCpuSeconds: () => processCpuSeconds(server.pid) };
}
