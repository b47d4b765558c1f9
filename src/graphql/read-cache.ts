import { getOperationAST, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { ReadCacheConfig } from '../config/env.js';
import type { Store } from '../store/driver.js';
import { readGraphVersion } from '../store/read.js';

/**
 * A cache of whole read answers that stays exact. The graph changes only through src/store, and
 * every write there advances a version stored in Neo4j once it has committed (writeTx), whichever
 * process made it: an ingest from the CLI, a review, a GraphQL mutation. Each request reads that
 * version first (one small auto-commit read) and looks its answer up under (version, operation
 * name, document, variables); so an answer is only ever served for the graph version it was
 * computed on, and the first request after a write computes afresh. Only queries that finished
 * without errors are kept, mutations never; the answer is kept as the JSON text sent, so a hit
 * neither executes nor serialises anything.
 *
 * `versionCheckMs` > 0 trades exactness for fewer version reads: the version is then re-read at
 * most that often, and an answer can be up to that old.
 */

export type ReadCacheOptions = Omit<ReadCacheConfig, 'enabled'>;

export interface ReadCacheStats {
  /** Requests looked up (every request with a query text whose version could be read). */
  lookups: number;
  /** Of those, answered from the cache. */
  hits: number;
  /** Answers stored (queries executed without errors). */
  stored: number;
  /** Round trips to read the version (fewer than lookups when requests arrive together, see exactVersion). */
  versionReads: number;
  entries: number;
  /** Approximate memory held by the entries (UTF-16 text of keys and answers). */
  bytes: number;
}

export interface ReadCache {
  /** The yoga plugin; createServer adds it. */
  plugin: Plugin;
  stats(): ReadCacheStats;
  /** Sets the counters back to zero (the entries stay). */
  resetStats(): void;
}

/** An answer that yoga sends as the given text instead of serialising it. */
type SerializedResult = ExecutionResult & { stringify: () => string };

interface Lookup {
  key: string;
  version: string;
  hit: boolean;
}

/**
 * The version as of some moment after the call: concurrent callers share reads, but never one
 * that started before they called, since a write that finished just before a request must be
 * seen by it. While a read is in flight, callers wait for the next one, which starts when it
 * ends and is shared by all of them.
 */
function versionReader(read: () => Promise<string>): () => Promise<string> {
  let reading: Promise<string> | undefined;
  let waiting: Promise<string> | undefined;
  const start = (): Promise<string> => {
    const current: Promise<string> = read().finally(() => {
      if (reading === current) reading = undefined;
    });
    reading = current;
    return current;
  };
  return () => {
    if (waiting !== undefined) return waiting;
    if (reading === undefined) return start();
    const next = reading
      .catch(() => undefined)
      .then(() => {
        waiting = undefined;
        return start();
      });
    waiting = next;
    return next;
  };
}

export function createReadCache(store: Store, options: ReadCacheOptions): ReadCache {
  const { maxBytes, versionCheckMs } = options;
  const answers = new LRUCache<string, string>({ maxSize: maxBytes, sizeCalculation: (answer, key) => 2 * (key.length + answer.length) });
  const lookups = new WeakMap<Request, Lookup>();
  const queries = new WeakSet<Request>();
  const counts = { lookups: 0, hits: 0, stored: 0, versionReads: 0 };
  let latest: string | undefined;
  let latestReadAt = 0;

  const exactVersion = versionReader(async () => {
    counts.versionReads++;
    const readAt = Date.now();
    const version = await readGraphVersion(store);
    if (version !== latest) {
      // Answers for older versions can never be asked for again.
      answers.clear();
      latest = version;
    }
    latestReadAt = readAt;
    return version;
  });
  const currentVersion = (): Promise<string> =>
    versionCheckMs > 0 && latest !== undefined && Date.now() - latestReadAt < versionCheckMs ? Promise.resolve(latest) : exactVersion();

  const plugin: Plugin = {
    async onParams({ params, request, setResult }) {
      if (typeof params.query !== 'string') return;
      let version: string;
      try {
        version = await currentVersion();
      } catch {
        // Neo4j unreachable: no cache for this request; executing it reports the outage.
        return;
      }
      const key = JSON.stringify([version, params.operationName ?? null, params.query, params.variables ?? null]);
      const answer = answers.get(key);
      counts.lookups++;
      lookups.set(request, { key, version, hit: answer !== undefined });
      if (answer === undefined) return;
      counts.hits++;
      const result: SerializedResult = { stringify: () => answer };
      setResult(result);
    },
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation === 'query') queries.add(args.contextValue.request);
    },
    onExecutionResult({ request, result, setResult }) {
      const lookup = lookups.get(request);
      if (lookup === undefined || lookup.hit || !queries.has(request)) return;
      if (result === undefined || isAsyncIterable(result) || (result.errors !== undefined && result.errors.length > 0) || result.extensions !== undefined) return;
      const answer = JSON.stringify(result);
      // Stored only while its version is the newest seen: a slow request must not bring back an
      // answer for a version that is already gone.
      if (lookup.version === latest) {
        answers.set(lookup.key, answer);
        counts.stored++;
      }
      const serialized: SerializedResult = { ...result, stringify: () => answer };
      setResult(serialized);
    },
  };

  return {
    plugin,
    stats: () => ({ ...counts, entries: answers.size, bytes: answers.calculatedSize }),
    resetStats: () => {
      counts.lookups = 0;
      counts.hits = 0;
      counts.stored = 0;
      counts.versionReads = 0;
    },
  };
}
