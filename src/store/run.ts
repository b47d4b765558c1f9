import { AsyncLocalStorage } from 'node:async_hooks';
import { isInt, isRetryableError, Neo4jError, type Integer, type ManagedTransaction, type Session, type SessionConfig } from 'neo4j-driver';
import { z } from 'zod';
import { ConfigError, StancegraphError, StoreError } from '../errors.js';
import type { Store } from './driver.js';
import { loadQueries, type QueryName, type SchemaStatement } from './queries.js';

/**
 * The one place that sends Cypher to Neo4j. Everything else in src/store builds parameters and
 * reads the rows this module hands back, already checked against a zod schema.
 */

/** Anything that can run a statement inside a transaction. */
export type QueryRunner = Pick<ManagedTransaction, 'run'>;

/** Metadata attached to every transaction, visible in `SHOW TRANSACTIONS` and the query log. */
export const TX_METADATA = { app: 'stancegraph' } as const;

export type Params = Record<string, unknown>;

/** Runs the named statement and returns its rows, each validated by `row`. */
export async function runQuery<S extends z.ZodType>(tx: QueryRunner, name: QueryName, params: Params, row: S): Promise<z.output<S>[]> {
  return parseRows(name, await execute(tx, name, loadQueries().text[name], params), row);
}

/** How often readQuery tries a statement that failed with a transient error, and the first pause between tries. */
const READ_ATTEMPTS = 3;
const READ_RETRY_DELAY_MS = 200;

/**
 * One read statement in an auto-commit transaction: the driver sends RUN and PULL in one write
 * and nothing else, where a transaction function sends BEGIN, RUN + PULL and COMMIT (three
 * writes, two waits). A single statement is atomic either way; what the API reads per request
 * goes through here. Transient errors are retried like `readTx` does, a few times with backoff.
 * With `kept` (openReadSession), the statement runs in that session, which stays open.
 */
export async function readQuery<S extends z.ZodType>(store: Store, name: QueryName, params: Params, row: S, kept?: Session): Promise<z.output<S>[]> {
  for (let attempt = 1; ; attempt++) {
    const session = kept ?? openReadSession(store);
    try {
      return await runQuery({ run: (text, values) => session.run(text, values, { metadata: TX_METADATA }) }, name, params, row);
    } catch (cause) {
      if (!isRetryableError(cause) || attempt >= READ_ATTEMPTS) throw toStoreError(cause, store.uri);
      await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAY_MS * 2 ** (attempt - 1)));
    } finally {
      if (kept === undefined) await session.close().catch(() => undefined);
    }
  }
}

/**
 * A read session to keep for statements run one after another (pass it to readQuery): it holds a
 * connection only while a statement runs, so it needs no closing before the driver's; it saves
 * opening and closing a session per statement, which costs about half a millisecond of a round
 * trip and a fifth of one of CPU on the 2-core machine of bench:api.
 */
export function openReadSession(store: Store): Session {
  return store.driver.session(sessionConfig(store, 'READ'));
}

function parseRows<S extends z.ZodType>(name: QueryName, records: Record<string, unknown>[], row: S): z.output<S>[] {
  const rows: z.output<S>[] = [];
  for (const [index, record] of records.entries()) {
    const parsed = row.safeParse(record);
    if (!parsed.success) {
      throw new StoreError(`cypher/${name}.cypher returned an unexpected row ${index}:\n${z.prettifyError(parsed.error)}`, {
        cause: parsed.error,
      });
    }
    rows.push(parsed.data);
  }
  return rows;
}

/** Runs the named statement for its effect only. */
export async function runStatement(tx: QueryRunner, name: QueryName, params: Params): Promise<void> {
  await execute(tx, name, loadQueries().text[name], params);
}

/** Runs one cypher/schema/ statement. */
export async function runSchemaStatement(tx: QueryRunner, statement: SchemaStatement): Promise<void> {
  await execute(tx, `schema/${statement.file}`, statement.text, {});
}

/** The statements sent to Neo4j by the work inside one `recordQueries` call, in order. */
export interface QueryLog {
  /** Statement names (`read/actors-by-id`, `schema/001-….cypher`), one per round trip. */
  queries: string[];
  /**
   * Milliseconds each of `queries` took on the server, as it reports them (until its first row,
   * plus until its last); for a statement that failed, from sending it to the failure.
   */
  milliseconds: number[];
  /** Milliseconds write transactions spent committing, after their last statement. */
  commitMilliseconds: number;
}

const queryLogs = new AsyncLocalStorage<QueryLog>();

/**
 * Runs `work` and records every statement it sends to Neo4j, however deep in the call tree and
 * however batched (DataLoader ticks, parallel resolvers): each `tx.run` is one round trip. Used
 * by tests and the API's dev diagnostics to see what one GraphQL request costs.
 */
export async function recordQueries<T>(work: () => Promise<T>): Promise<{ result: T; log: QueryLog }> {
  const log: QueryLog = { queries: [], milliseconds: [], commitMilliseconds: 0 };
  const result = await queryLogs.run(log, work);
  return { result, log };
}

function toNumber(value: Integer | number): number {
  return isInt(value) ? value.toNumber() : value;
}

async function execute(tx: QueryRunner, label: string, text: string, params: Params): Promise<Record<string, unknown>[]> {
  const log = queryLogs.getStore();
  const index = log === undefined ? -1 : log.queries.push(label) - 1;
  const started = performance.now();
  let serverMilliseconds: number | undefined;
  try {
    const result = await tx.run(text, params);
    serverMilliseconds = toNumber(result.summary.resultAvailableAfter) + toNumber(result.summary.resultConsumedAfter);
    return result.records.map((record) => record.toObject());
  } catch (cause) {
    // A transient error must reach the driver's retry loop as it is; anything else gets a name.
    if (isRetryableError(cause)) throw cause;
    throw toStoreError(cause, undefined, { query: label });
  } finally {
    if (log !== undefined) log.milliseconds[index] = serverMilliseconds ?? performance.now() - started;
  }
}

/** A read transaction with the driver's retries, errors mapped to StancegraphError. */
export async function readTx<T>(store: Store, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = store.driver.session(sessionConfig(store, 'READ'));
  try {
    return await session.executeRead(work, { metadata: TX_METADATA });
  } catch (cause) {
    throw toStoreError(cause, store.uri);
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** A write transaction left open by heldTx until `rollback()`. */
export interface HeldTx<T> {
  value: T;
  /** Runs more work in the transaction, which stays open (one round trip per statement). */
  run<U>(work: (tx: QueryRunner) => Promise<U>): Promise<U>;
  /** Rolls the transaction back (it wrote nothing to keep) and releases its locks. */
  rollback(): Promise<void>;
}

/**
 * Runs `work` in an explicit write transaction and leaves it open, with the locks `work` took,
 * until the caller rolls it back. Neo4j ends it itself after `timeoutMs` (checked every couple of
 * seconds), should the caller never do so. Not retried: the caller tries again when it next needs it.
 */
export async function heldTx<T>(store: Store, timeoutMs: number, work: (tx: QueryRunner) => Promise<T>): Promise<HeldTx<T>> {
  const session = store.driver.session(sessionConfig(store, 'WRITE'));
  const close = () => session.close().catch(() => undefined);
  try {
    const tx = session.beginTransaction({ timeout: timeoutMs, metadata: TX_METADATA });
    const value = await work(tx);
    const run = async <U>(more: (tx: QueryRunner) => Promise<U>): Promise<U> => {
      try {
        return await more(tx);
      } catch (cause) {
        throw toStoreError(cause, store.uri);
      }
    };
    return { value, run, rollback: () => tx.rollback().catch(() => undefined).then(close) };
  } catch (cause) {
    await close();
    throw toStoreError(cause, store.uri);
  }
}

const TicketRowSchema = z.object({ ticket: z.number().int() });

/**
 * One managed write transaction: all of `work` commits, or none of it. Once it has committed, the
 * write draws a ticket (cypher/write/announce-graph-write) and the graph version is advanced,
 * the ticket marked served (cypher/write/bump-graph-version), each in a short transaction of its
 * own, so that read caches keyed on the version (src/graphql/read-cache.ts), in this process or
 * another, see the change on their next request. Every write goes through here, so none can
 * forget to.
 */
export async function writeTx<T>(store: Store, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = store.driver.session(sessionConfig(store, 'WRITE'));
  const log = queryLogs.getStore();
  let worked = 0;
  try {
    const result = log === undefined
      ? await session.executeWrite(work, { metadata: TX_METADATA })
      : await session.executeWrite(async (tx) => {
          const value = await work(tx);
          worked = performance.now();
          return value;
        }, { metadata: TX_METADATA });
    if (log !== undefined) log.commitMilliseconds += performance.now() - worked;
    try {
      // The ticket, committed first, tells read caches holding a version lease that this write
      // waits for it, so that they let it go (src/graphql/read-cache.ts).
      const [drawn] = await session.executeWrite((tx) => runQuery(tx, 'write/announce-graph-write', {}, TicketRowSchema), { metadata: TX_METADATA });
      const ticket = drawn?.ticket ?? 0;
      await session.executeWrite((tx) => runStatement(tx, 'write/bump-graph-version', { changedAt: new Date().toISOString(), ticket }), { metadata: TX_METADATA });
    } catch (cause) {
      // Every write is safe to repeat; doing so advances the version.
      const error = toStoreError(cause, store.uri);
      throw new StoreError(`The write was committed, but the graph version could not be advanced, so cached reads may not show it; run it again. ${error.message}`, {
        cause,
        unavailable: error.code === 'STORE_UNAVAILABLE',
      });
    }
    return result;
  } catch (cause) {
    throw toStoreError(cause, store.uri);
  } finally {
    await session.close().catch(() => undefined);
  }
}

function sessionConfig(store: Store, defaultAccessMode: 'READ' | 'WRITE'): SessionConfig {
  return store.database === undefined ? { defaultAccessMode } : { defaultAccessMode, database: store.database };
}

const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const AUTH_CODES = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']);

export interface ToStoreErrorOptions {
  /** The statement that failed, named in the message. */
  query?: string;
  /** Treat any failure as "cannot reach Neo4j" (used by verifyConnectivity). */
  unreachable?: boolean;
}

/** Maps whatever the driver threw to a StancegraphError with a stable code; keeps the cause. */
export function toStoreError(cause: unknown, uri: string | undefined, options: ToStoreErrorOptions = {}): StancegraphError {
  if (cause instanceof StancegraphError) return cause;
  const where = uri === undefined ? 'Neo4j' : `Neo4j at ${uri}`;
  const message = cause instanceof Error ? cause.message : String(cause);
  const code = cause instanceof Neo4jError ? cause.code : undefined;
  if (code !== undefined && AUTH_CODES.has(code)) {
    return new ConfigError(`${where} rejected the credentials (check NEO4J_USER and NEO4J_PASSWORD): ${message}`, { cause });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ConfigError(`${where} has no such database (check NEO4J_DATABASE): ${message}`, { cause });
  }
  if ((code !== undefined && UNREACHABLE_CODES.has(code)) || options.unreachable === true) {
    return new StoreError(`Cannot reach ${where}: ${message}`, { unavailable: true, cause });
  }
  // Still transient after the driver's retries (a database shutting down or starting up): an
  // outage to wait out and try again, not a bug.
  if (isRetryableError(cause)) {
    return new StoreError(`${where} is not available${code === undefined ? '' : ` (${code})`}: ${message}`, { unavailable: true, cause });
  }
  const what = options.query === undefined ? 'A Neo4j transaction' : `cypher/${options.query}${options.query.endsWith('.cypher') ? '' : '.cypher'}`;
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new StoreError(`${what} broke a uniqueness constraint: ${message}`, { cause });
  }
  return new StoreError(`${what} failed${code === undefined ? '' : ` (${code})`}: ${message}`, { cause });
}
