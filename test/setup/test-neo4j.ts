import path from 'node:path';
import { loadConfig } from '../../src/config/env.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/localdb/local-neo4j.js';
import { createStore, verifyConnectivity, type Neo4jConnection } from '../../src/store/driver.js';
import { isGraphEmpty } from '../../src/store/read.js';
import { applySchema } from '../../src/store/schema.js';
import { deleteGraph } from '../../src/store/write.js';

/**
 * The Neo4j the integration tests share. With NEO4J_URI (and NEO4J_PASSWORD) set, that server is
 * used; otherwise a local Community server is started with its own data dir and ports, so that a
 * running `npm start` (7687/7474, .stancegraph/) is left alone. Either way the connection is
 * handed to the test files through NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (jest starts test
 * files after globalSetup, with its environment), so `loadConfig()` in a test sees it.
 */
// STANCEGRAPH_TEST_* let two test runs on one machine use separate servers (e.g. parallel work trees).
export const TEST_BOLT_PORT = Number(process.env.STANCEGRAPH_TEST_BOLT_PORT ?? 17687);
export const TEST_HTTP_PORT = Number(process.env.STANCEGRAPH_TEST_HTTP_PORT ?? 17474);
export const TEST_DATA_DIR = process.env.STANCEGRAPH_TEST_DATA_DIR ?? path.join('.stancegraph', 'test');

/** Set to 1 to let the tests wipe a NEO4J_URI database that already holds data. */
export const ALLOW_WIPE_VARIABLE = 'STANCEGRAPH_TEST_ALLOW_WIPE';

let started: Parameters<typeof stopLocalNeo4j>[0] | undefined;
let used: Neo4jConnection | undefined;

function log(line: string): void {
  process.stderr.write(`[stancegraph tests] ${line}\n`);
}

export async function startTestNeo4j(): Promise<Neo4jConnection> {
  const config = loadConfig();
  let conn: Neo4jConnection;
  if (config.neo4j.kind === 'external') {
    const { uri, user, password, database } = config.neo4j;
    conn = { uri, user, password, database };
    log(`Neo4j: NEO4J_URI ${uri} (the tests delete everything in it)`);
  } else {
    const options = {
      projectRoot: config.projectRoot,
      dataDir: path.join(config.projectRoot, TEST_DATA_DIR),
      boltPort: TEST_BOLT_PORT,
      httpPort: TEST_HTTP_PORT,
    };
    const server = await startLocalNeo4j({ ...options, onProgress: (message: string) => log(message) });
    started = options;
    conn = { uri: server.uri, user: server.user, password: server.password, database: config.neo4j.database };
    log(`Neo4j: local test server ${server.uri} (pid ${server.pid}, data in ${TEST_DATA_DIR}); set NEO4J_URI to use another`);
  }

  const store = createStore(conn);
  try {
    await verifyConnectivity(store, { timeoutMs: 15000 });
    if (started === undefined && process.env[ALLOW_WIPE_VARIABLE] !== '1' && !(await isGraphEmpty(store))) {
      throw new Error(
        `NEO4J_URI ${conn.uri} already holds data, and the integration tests delete everything in the database they use. ` +
          `Point NEO4J_URI at an empty test database, unset it to use a local test server, or set ${ALLOW_WIPE_VARIABLE}=1.`,
      );
    }
    await applySchema(store);
  } finally {
    await store.close();
  }

  process.env.NEO4J_URI = conn.uri;
  process.env.NEO4J_USER = conn.user;
  process.env.NEO4J_PASSWORD = conn.password;
  if (conn.database !== undefined) process.env.NEO4J_DATABASE = conn.database;
  used = conn;
  return conn;
}

/**
 * Stops the local server if startTestNeo4j started one. A NEO4J_URI server is left running but
 * emptied, as the tests found it, so that the next run does not take it for someone's data.
 */
export async function stopTestNeo4j(): Promise<void> {
  const options = started;
  const conn = used;
  started = undefined;
  used = undefined;
  if (options !== undefined) {
    await stopLocalNeo4j(options);
  } else if (conn !== undefined) {
    const store = createStore(conn);
    try {
      await deleteGraph(store);
    } finally {
      await store.close();
    }
  }
}
