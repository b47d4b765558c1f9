import neo4j, { type Driver } from 'neo4j-driver';
import { loadQueries } from './queries.js';
import { toStoreError } from './run.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** Defaults to the server's default database. */
  database?: string | undefined;
}

export interface StoreOptions {
  /**
   * How long to wait for a TCP/TLS connection before giving up.
   * @default 5000
   */
  connectionTimeoutMs?: number;
  /**
   * How long managed transactions keep retrying transient errors.
   * @default 15000
   */
  maxTransactionRetryTimeMs?: number;
}

/**
 * The one Neo4j driver of a process, with the connection it was made for. A resource with a
 * lifetime: call `close()` when done.
 */
export class Store {
  readonly driver: Driver;
  readonly uri: string;
  readonly database: string | undefined;

  constructor(driver: Driver, uri: string, database: string | undefined) {
    this.driver = driver;
    this.uri = uri;
    this.database = database;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/**
 * Creates the driver (no network I/O yet) and checks that every Cypher file is in place, so a
 * broken install fails here rather than at the first query.
 */
export function createStore(conn: Neo4jConnection, options: StoreOptions = {}): Store {
  const { connectionTimeoutMs = 5000, maxTransactionRetryTimeMs = 15000 } = options;
  loadQueries();
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    disableLosslessIntegers: true,
    connectionTimeout: connectionTimeoutMs,
    connectionAcquisitionTimeout: connectionTimeoutMs * 2,
    maxTransactionRetryTime: maxTransactionRetryTimeMs,
    userAgent: 'stancegraph',
  });
  return new Store(driver, conn.uri, conn.database);
}

export interface VerifyOptions {
  /**
   * Give up after this long.
   * @default 5000
   */
  timeoutMs?: number;
}

/**
 * Fails fast with a StoreError (code STORE_UNAVAILABLE) naming the URI when Neo4j cannot be
 * reached, or a ConfigError when it rejects the credentials or the database does not exist.
 */
export async function verifyConnectivity(store: Store, options: VerifyOptions = {}): Promise<void> {
  const { timeoutMs = 5000 } = options;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`no answer within ${timeoutMs} ms`);
      error.name = 'Timeout';
      reject(error);
    }, timeoutMs);
  });
  try {
    const check = store.driver.getServerInfo(store.database === undefined ? {} : { database: store.database });
    check.catch(() => undefined);
    await Promise.race([check, timeout]);
  } catch (cause) {
    throw toStoreError(cause, store.uri, { unreachable: true });
  } finally {
    clearTimeout(timer);
  }
}
