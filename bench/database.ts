import { readdirSync, readFileSync } from 'node:fs';
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
  /** CPU seconds the Neo4j server process has used so far, by kind of thread; undefined where /proc is missing. */
  serverCpu(): ServerCpu | undefined;
}

/** CPU seconds (user + system) of a JVM, split by what its threads do. */
export interface ServerCpu {
  total: number;
  /** Bolt workers and network threads: running the statements, reading parameters, writing rows, committing. */
  queries: number;
  /** The JIT compiler threads, busy while the server warms up. */
  jit: number;
  /** The garbage collector's threads and the VM thread that runs its pauses. */
  gc: number;
}

const THREAD_KINDS: [kind: Exclude<keyof ServerCpu, 'total'>, name: RegExp][] = [
  ['queries', /^neo4j\.Bolt/],
  ['jit', /CompilerThre/],
  ['gc', /^(GC Thread|G1 |VM Thread)/],
];

/** ServerCpu of a running process from /proc/<pid>/stat and its threads'; undefined off Linux. */
export function serverCpuOf(pid: number): ServerCpu | undefined {
  const total = processCpuSeconds(pid);
  if (total === undefined) return undefined;
  const cpu: ServerCpu = { total, queries: 0, jit: 0, gc: 0 };
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return cpu;
  }
  for (const thread of threads) {
    const stat = readStat(`/proc/${pid}/task/${thread}/stat`);
    if (stat === undefined) continue;
    const kind = THREAD_KINDS.find(([, name]) => name.test(stat.name))?.[0];
    if (kind !== undefined) cpu[kind] += stat.seconds;
  }
  return cpu;
}

/** Each kind's CPU seconds between two readings. */
export function cpuBetween(before: ServerCpu | undefined, after: ServerCpu | undefined): ServerCpu | undefined {
  if (before === undefined || after === undefined) return undefined;
  return { total: after.total - before.total, queries: after.queries - before.queries, jit: after.jit - before.jit, gc: after.gc - before.gc };
}

/** Clock ticks per second of /proc/<pid>/stat on Linux (USER_HZ, 100 on every mainstream kernel). */
const CLOCK_TICKS = 100;

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat; undefined off Linux. */
export function processCpuSeconds(pid: number): number | undefined {
  return readStat(`/proc/${pid}/stat`)?.seconds;
}

function readStat(file: string): { name: string; seconds: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  // The command name is in parentheses and may contain spaces; utime and stime are the 12th and
  // 13th fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), seconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS };
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
  return { store, connection, close, serverCpu: () => serverCpuOf(server.pid) };
}
