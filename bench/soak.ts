import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { findProjectRoot } from '../src/config/env.js';
import { freePort } from '../src/localdb/network.js';
import type { Neo4jConnection } from '../src/store/driver.js';
import { openBenchDatabase } from './database.js';

/**
 * `npm run soak`: `stancegraph serve` over the sample corpus, driven by many concurrent GraphQL
 * clients on loopback (autocannon, a mix of dashboard queries) for a while; counts failed requests
 * and GraphQL errors, and reads the server's resident memory before and after. The server runs as
 * its own process, so its RSS is its own. The test suite runs a short variant of the same.
 */

export interface SoakOptions {
  connection: Neo4jConnection;
  /** @default 60 */
  seconds?: number;
  /** @default 200 */
  connections?: number;
  log?: (line: string) => void;
}

export interface SoakReport {
  seconds: number;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Transport errors, timeouts and non-2xx responses. */
  failures: number;
  /** 200 responses whose body carries `errors`. */
  graphqlErrors: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  /** After the load and 5 s of rest. */
  rssRestedMb: number;
}

const QUERIES = [
  '{ whoSupports(issue: "withdrawal") { actor { id name } claimCount claims { quote article { outlet publishedAt } } } }',
  '{ stanceMatrix { issues { id } rows { actor { name } cells { stance claimCount } } } }',
  '{ claimsConnection(filter: { issue: "withdrawal" }, first: 20) { totalCount nodes { quote stance actor { name } } } }',
  '{ actors { id name positions { stance claims { quote start end } } } }',
  '{ search(text: "انسحاب") { actors { actor { id } } claims { claim { id } } } }',
  '{ timeline(issue: "withdrawal", interval: MONTH) { period stance supports opposes } }',
].map((query) => JSON.stringify({ query }));

const root = findProjectRoot();
const cli = path.join(root, 'dist', 'src', 'cli', 'main.js');

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

function runCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [cli, ...args], { env: { ...process.env, CI: 'true', ...env }, cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('close', (code) => resolve(code)));
}

async function waitForGraphql(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`stancegraph serve exited with ${server.exitCode}`);
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERIES[0]! }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

async function drive(url: string, seconds: number, connections: number): Promise<{ result: autocannon.Result; graphqlErrors: number }> {
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    // A request still unanswered after 30 s counts as failed.
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: QUERIES[next++ % QUERIES.length]! }),
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  return { result, graphqlErrors };
}

/** Ingests the sample corpus (idempotent), serves it, loads it, reports. */
export async function runSoak({ connection, seconds = 60, connections = 200, log = () => undefined }: SoakOptions): Promise<SoakReport> {
  const env = { NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password };
  const ingested = await exitOf(runCli(['ingest', path.join(root, 'data', 'corpus')], env));
  if (ingested !== 0) throw new Error(`ingesting the sample corpus exited with ${ingested}`);
  const port = await freePort();
  const server = runCli(['serve', '--port', String(port)], { ...env, NODE_ENV: 'production' });
  let serverLog = '';
  server.stderr!.on('data', (d: Buffer) => (serverLog += d.toString()));
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitForGraphql(url, server);
    // Warm up at full concurrency: the heap first grows to hold that many requests in flight, which is
    // not a leak; "flat" is measured from there.
    const warmUp = Math.max(3, Math.round(seconds / 4));
    log(`warming up ${warmUp} s with ${connections} clients`);
    await drive(url, warmUp, connections);
    const rssBeforeMb = await rssMb(server.pid!);
    log(`${connections} clients for ${seconds} s (server RSS ${rssBeforeMb} MB)`);
    const { result, graphqlErrors } = await drive(url, seconds, connections);
    const rssAfterMb = await rssMb(server.pid!);
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const rssRestedMb = await rssMb(server.pid!);
    return {
      seconds,
      connections,
      requests: result.requests.total,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      failures: result.errors + result.timeouts + result.non2xx,
      graphqlErrors,
      rssBeforeMb,
      rssAfterMb,
      rssRestedMb,
    };
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nserver log:\n${serverLog}`, { cause: error });
  } finally {
    server.kill('SIGTERM');
    await exitOf(server);
  }
}

export function formatSoak(r: SoakReport): string {
  return [
    `${r.connections} clients, ${r.seconds} s: ${r.requests} requests, ${Math.round(r.rps)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`,
    `failed requests ${r.failures}, GraphQL errors ${r.graphqlErrors}`,
    `server RSS ${r.rssBeforeMb} MB before, ${r.rssAfterMb} MB after, ${r.rssRestedMb} MB after 5 s of rest`,
  ].join('\n');
}

/** Its own Neo4j (data in .stancegraph/soak), on STANCEGRAPH_SOAK_BOLT_PORT / _HTTP_PORT. */
async function main(): Promise<void> {
  const seconds = Number(process.env.STANCEGRAPH_SOAK_SECONDS ?? 60);
  const connections = Number(process.env.STANCEGRAPH_SOAK_CONNECTIONS ?? 200);
  const ports = { boltPort: Number(process.env.STANCEGRAPH_SOAK_BOLT_PORT ?? 29687), httpPort: Number(process.env.STANCEGRAPH_SOAK_HTTP_PORT ?? 29474) };
  const log = (line: string) => process.stderr.write(`[soak] ${line}\n`);
  const database = await openBenchDatabase('soak', ports, log);
  try {
    const report = await runSoak({ connection: database.connection, seconds, connections, log });
    console.log(formatSoak(report));
    if (report.failures + report.graphqlErrors > 0) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
