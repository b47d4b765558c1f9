/**
 * The local Neo4j lifecycle against a real server: its own temporary data directory and free
 * ports, so it neither touches the shared test server nor a developer's `npm start` (7687/7474).
 * The first run may build neo4j/ with Maven, which downloads Neo4j from Maven Central.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import neo4j from 'neo4j-driver';

import {
  startLocalNeo4j,
  statusLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jConnection,
  type LocalNeo4jOptions,
} from '../../../src/localdb/local-neo4j.js';

// The first queries on a freshly started server compile slowly (jest.config.js's testTimeout
// inside `projects` is not applied).
jest.setTimeout(60_000);

// A first start may include the Maven build (downloads ~180 MB); later starts take 5-20 s.
const FIRST_START_TIMEOUT_MS = 15 * 60_000;
const RESTART_TIMEOUT_MS = 5 * 60_000;

function findProjectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'neo4j', 'pom.xml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no neo4j/pom.xml above ${from}`);
    dir = parent;
  }
  return dir;
}

/** Port 0 makes the kernel pick a free port; it is released again before Neo4j binds it. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no port assigned'));
      });
    });
  });
}

async function withSession<T>(conn: LocalNeo4jConnection, password: string, work: (run: (q: string, p?: Record<string, unknown>) => Promise<unknown[]>) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, password));
  const session = driver.session();
  try {
    return await work(async (query, params) => {
      const result = await session.run(query, params);
      return result.records.map((record) => record.get(0));
    });
  } finally {
    await session.close();
    await driver.close();
  }
}

describe('local Neo4j server lifecycle', () => {
  let dataDir = '';
  let options: LocalNeo4jOptions;
  let first: LocalNeo4jConnection;
  const marker = `lifecycle-${Date.now()}-${Math.random().toString(36).slice(2)}`;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'stancegraph-localdb-'));
    const boltPort = await freePort();
    let httpPort = await freePort();
    while (httpPort === boltPort) httpPort = await freePort();
    options = {
      projectRoot: findProjectRoot(process.cwd()),
      dataDir,
      boltPort,
      httpPort,
      onProgress: (message) => process.stderr.write(`[localdb test] ${message}\n`),
    };
  });

  afterAll(async () => {
    if (dataDir === '') return;
    await stopLocalNeo4j(options);
    await rm(dataDir, { recursive: true, force: true });
  }, RESTART_TIMEOUT_MS);

  it('starts a server that status reports as running', async () => {
    first = await startLocalNeo4j(options);

    expect(first.uri).toBe(`bolt://127.0.0.1:${options.boltPort}`);
    expect(first.user).toBe('neo4j');
    expect(first.browserUrl).toBe(`http://127.0.0.1:${options.httpPort}/browser/`);
    expect(first.pid).toBeGreaterThan(0);
    await expect(statusLocalNeo4j(options)).resolves.toEqual({
      running: true,
      pid: first.pid,
      uri: first.uri,
      browserUrl: first.browserUrl,
    });
  }, FIRST_START_TIMEOUT_MS);

  it('serves Neo4j Browser over HTTP', async () => {
    const response = await fetch(first.browserUrl);
    const body = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(body).toMatch(/<title>Neo4j Browser<\/title>/);
  });

  it('returns the running server instead of starting a second one', async () => {
    const again = await startLocalNeo4j(options);

    expect(again.pid).toBe(first.pid);
    expect(again.password).toBe(first.password);
  });

  it('protects the server with a generated password kept in an owner-only file', async () => {
    const passwordFile = join(dataDir, 'neo4j', 'password');
    expect(first.password).not.toBe('neo4j');
    expect(first.password).not.toBe('password');
    expect(first.password.length).toBeGreaterThanOrEqual(16);
    expect((await stat(passwordFile)).mode & 0o777).toBe(0o600);

    await expect(withSession(first, 'neo4j', (run) => run('RETURN 1'))).rejects.toThrow(/auth|credential|unauthorized/i);
  });

  it('keeps data across stop and start', async () => {
    await withSession(first, first.password, (run) => run('CREATE (:LifecycleProbe {marker: $marker})', { marker }));

    await expect(stopLocalNeo4j(options)).resolves.toEqual({ stopped: true });
    const stopped = await statusLocalNeo4j(options);
    expect(stopped.running).toBe(false);
    expect(stopped.pid).toBeUndefined();

    const second = await startLocalNeo4j(options);
    expect(second.pid).not.toBe(first.pid);
    expect(second.password).toBe(first.password);
    const found = await withSession(second, second.password, (run) =>
      run('MATCH (n:LifecycleProbe {marker: $marker}) RETURN count(n)', { marker }),
    );
    expect(found.map((count) => neo4j.integer.toNumber(count as number))).toEqual([1]);
  }, RESTART_TIMEOUT_MS);
});
