import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createStore, type Neo4jConnection, type Store } from '../../src/store/driver.js';
import { deleteGraph } from '../../src/store/write.js';
import { freePort, runCli, startCli, type CliResult } from '../helpers/cli.js';
import { TestGraph } from '../helpers/graph.js';
import { graphFingerprint, neo4jEnv, startExtraNeo4j, stopExtraNeo4j, writeCorpus, type GraphFingerprint } from '../helpers/reliability.js';

/**
 * Faults around the database: none there, one that restarts in the middle of a 1,000-article
 * ingest (a second local Neo4j, so the shared test server is left alone), and an ingest killed
 * with SIGKILL in the middle of its write. Each time a re-run must give the graph a clean ingest gives.
 */

const ARTICLES = 1000;

/**
 * Waits until the ingest's batch write (its UNWIND … MERGE statements, tagged app: stancegraph) is running in Neo4j.
 * Any of them counts, the claims' too (they UNWIND a range over parallel lists, not $rows), and the poll is
 * quick: on a quiet machine the whole write can take well under a second.
 */
async function waitForIngestWrite(conn: Neo4jConnection, ingest: { exitCode: number | null }): Promise<void> {
  const store = createStore(conn);
  try {
    for (;;) {
      if (ingest.exitCode !== null) throw new Error('the ingest finished before its write could be interrupted');
      const { records } = await store.driver.executeQuery(
        "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.app = 'stancegraph' AND currentQuery CONTAINS 'UNWIND' RETURN count(*) AS n",
      );
      if (Number(records[0]?.get('n')) > 0) return;
      await sleep(10);
    }
  } finally {
    await store.close();
  }
}

/**
 * Creates the withdrawal issue in a transaction left open, so that an ingest's MERGE of it waits on the
 * issue's unique-index lock inside the ingest's own write transaction until `release` rolls it back:
 * the write is surely in progress when the ingest is killed, however fast the machine.
 */
async function holdIssue(conn: Neo4jConnection): Promise<{ release(): Promise<void> }> {
  const store = createStore(conn);
  const session = store.driver.session();
  const tx = await session.beginTransaction();
  await tx.run("MERGE (:Issue {id: 'withdrawal'})");
  return {
    async release() {
      await tx.rollback();
      await session.close();
      await store.close();
    },
  };
}

async function ingest(dir: string, conn: Neo4jConnection): Promise<CliResult> {
  return runCli(['ingest', dir], neo4jEnv(conn));
}

async function fingerprintOf(conn: Neo4jConnection): Promise<GraphFingerprint> {
  const store = createStore(conn);
  try {
    return await graphFingerprint(store);
  } finally {
    await store.close();
  }
}

async function wipe(conn: Neo4jConnection): Promise<void> {
  const store: Store = createStore(conn);
  try {
    await deleteGraph(store);
  } finally {
    await store.close();
  }
}

describe('Neo4j not running', () => {
  it('is a one-line message naming the URI within seconds, exit 1, no stack trace, no password', async () => {
    const port = await freePort();
    const started = Date.now();
    const result = await runCli(['ingest', 'data/corpus'], { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'not-the-password-1234' });
    expect((Date.now() - started) / 1000).toBeLessThan(15);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^stancegraph: Cannot reach Neo4j at bolt://127\\.0\\.0\\.1:${port}`));
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toContain('not-the-password-1234');
  });
});

describe(`a ${ARTICLES}-article ingest`, () => {
  let dir: string;
  let extra: Promise<Neo4jConnection>;
  let clean: GraphFingerprint;
  const shared = TestGraph.open();

  beforeAll(async () => {
    // The second server starts (about a minute on a busy 2-core box) while the clean ingest runs.
    extra = startExtraNeo4j();
    extra.catch(() => undefined);
    dir = mkdtempSync(path.join(tmpdir(), 'stancegraph-faults-'));
    writeCorpus(dir, ARTICLES);
    await shared.wipe();
    const first = await ingest(dir, TestGraph.connection());
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    clean = await graphFingerprint(shared.store);
  }, 300_000);

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await shared.close();
    await stopExtraNeo4j();
  });

  it('gives a graph with every article and no duplicate', () => {
    expect(clean.labels.Article).toBe(ARTICLES);
    expect(clean.claims.length).toBeGreaterThan(50);
    expect(clean.duplicateEdges).toBe(0);
  });

  it('killed with SIGKILL in the middle of its write, is completed by a re-run to the same graph', async () => {
    await shared.wipe();
    const conn = TestGraph.connection();
    const hold = await holdIssue(conn);
    const running = startCli(['ingest', dir], neo4jEnv(conn));
    try {
      await waitForIngestWrite(conn, running.child);
      running.child.kill('SIGKILL');
    } finally {
      await hold.release();
    }
    const killed = await running.result;
    expect(killed.code).toBeNull();
    // The transaction died with the connection: nothing half-written, all or nothing.
    const afterKill = await graphFingerprint(shared.store);
    expect([0, ARTICLES]).toContain(afterKill.labels.Article ?? 0);
    const rerun = await ingest(dir, conn);
    expect(rerun.code).toBe(0);
    expect(await graphFingerprint(shared.store)).toEqual(clean);
  }, 300_000);

  it('rides out a Neo4j restart in the middle of its write, or fails clearly; a re-run gives the clean graph', async () => {
    let server = await extra;
    await wipe(server);
    const running = startCli(['ingest', dir], neo4jEnv(server));
    await waitForIngestWrite(server, running.child);
    await stopExtraNeo4j();
    server = await startExtraNeo4j();
    const interrupted = await running.result;
    process.stderr.write(`[faults] ingest during a restart: exit ${interrupted.code} ${interrupted.stderr.trim()}\n`);
    if (interrupted.code === 0) {
      expect(interrupted.stderr).toBe('');
    } else {
      expect(interrupted.code).toBe(1);
      expect(interrupted.stderr).toMatch(/^stancegraph: (Cannot reach Neo4j|Neo4j at \S+ (went away|is not available))/);
      expect(interrupted.stderr).not.toMatch(/\n\s+at /);
    }
    const rerun = await ingest(dir, server);
    expect(rerun.code).toBe(0);
    expect(await fingerprintOf(server)).toEqual(clean);
  }, 400_000);
});
