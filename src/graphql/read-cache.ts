import { getOperationAST, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { ReadCacheConfig } from '../config/env.js';
import type { Store } from '../store/driver.js';
import { GRAPH_VERSION_LOCKS, graphVersionReader, leaseGraphVersion, type GraphVersionLease, type GraphVersionLock, type GraphWriters } from '../store/read.js';
import { GRAPHQL_ENDPOINT } from './server.js';

/**
 * A cache of whole read answers that stays exact. The graph changes only through src/store, and
 * every write there advances a version stored in Neo4j once it has committed (writeTx), whichever
 * process made it: an ingest from the CLI, a review, a GraphQL mutation. Each request reads that
 * version first (one small auto-commit read) and looks its answer up under (version, the HTTP
 * request as yoga reads it: method, query string, content type, accepted types, body); so an
 * answer is only ever served for the graph version it was computed on, and the first request
 * after a write computes afresh. Only queries that finished without errors are kept, mutations
 * never; the answer is kept as the bytes sent with their content type, and a hit is answered as
 * soon as the request has arrived (onRequest), before yoga parses, validates or executes it.
 * That is safe because the answer a query gets depends on nothing else: an identical request was
 * parsed, checked against the limits, validated and executed on this server, for this version,
 * when it was stored (the API key check, STANCEGRAPH_PRIVATE_READS, runs before, and CORS headers
 * are added to the hit as to any other answer).
 *
 * `leaseMs` > 0 (20 ms is STANCEGRAPH_READ_CACHE_LEASE_MS's default) makes requests read nothing,
 * and stays exact: the version is read under a lease, which also takes the lock of a version
 * node, changing nothing, and holds it (src/store/read.ts leaseGraphVersion). A write advances the
 * version only after it has committed and returns only once that is done, in whatever process it
 * runs, and advancing it waits for the locks of both version nodes (the version and its copy);
 * so from the moment the lock is taken until its release is sent, the version read with it is
 * the current one, and every request that arrives before the release (including those that
 * arrived while the lease was being taken) uses it. A write that returned before a request
 * arrived has therefore advanced the version before the lock was taken, and the request sees it.
 *
 * Writes announce themselves before they advance the version (a ticket, src/store/run.ts
 * writeTx), and the lease reads the tickets every `leaseMs` inside its transaction (one round
 * trip, nothing else sent): once a write is waiting, the cache lets every lease go at once, and
 * requests read the version themselves (each a round trip that starts after it arrived, shared)
 * until it has changed; then leases are taken again. So a write waits about `leaseMs` at most for
 * the leases, plus a round trip, however long a lease lasts, and the next request after it
 * reads afresh. A lease is held up to `holdMs` (a second) and, while requests keep coming,
 * renewed half-way on the other version node (RENEW_AFTER), so that no request waits for one to
 * be taken; an idle server holds none. The lease relies on Neo4j keeping the transaction: should
 * Neo4j end it early (an administrator terminating it, a lost connection, a new cluster leader),
 * a write could finish within the lease and answers be up to `leaseMs` old, until the next check
 * fails. Servers in several processes each let the write go; a writer of an older version that
 * draws no ticket waits for the lease to end.
 *
 * `versionCheckMs` > 0 trades exactness for fewer version reads: the version is then re-read at
 * most that often, and an answer can be up to that old.
 */

export type ReadCacheOptions = Omit<ReadCacheConfig, 'enabled' | 'leaseMs'> & {
  /** @default 0 (no lease: the version is read for every request; `stancegraph serve` checks its leases every 20 ms) */
  leaseMs?: number | undefined;
  /**
   * How long a lease is held at most (it is renewed half-way while requests keep coming).
   * @default 1000
   */
  holdMs?: number | undefined;
};

/**
 * How much longer than its hold a lease's transaction may live before Neo4j ends it: only ever
 * reached when this process stalls, and then the writers it holds up wait at most this long.
 */
const LEASE_TIMEOUT_MARGIN_MS = 1000;

/**
 * The share of a lease's hold after which the next one is asked for, on the other version node;
 * once it is held, the one before is released at once (it holds nothing the new one does not).
 */
const RENEW_AFTER = 0.5;

/**
 * How long the cache lets a waiting write go before it takes leases again even though the version
 * has not changed: a writer that drew its ticket and stopped (its process ended) would otherwise
 * keep it reading the version for every request until the next write.
 */
const LET_GO_MAX_MS = 1000;

export interface ReadCacheStats {
  /** Requests looked up (every GraphQL GET, and POST with a small body, whose version could be read). */
  lookups: number;
  /** Of those, answered from the cache. */
  hits: number;
  /** Answers stored (queries executed without errors). */
  stored: number;
  /** Reads of the version, each one round trip (fewer than lookups when requests arrive together, see exactVersion, or during a lease). */
  versionReads: number;
  /** Requests that waited for a version read or a lease to be taken (the others used a lease held, or a version read recently enough under versionCheckMs). */
  versionWaits: number;
  /** Reads of the write tickets inside a lease (one every `leaseMs` while it is held). */
  writerChecks: number;
  /** Times the leases were let go for a write waiting for them. */
  writersLetThrough: number;
  entries: number;
  /** Approximate memory held by the entries (keys as UTF-16 text, answers as bytes). */
  bytes: number;
}

export interface ReadCache {
  /** The yoga plugin; createServer adds it. */
  plugin: Plugin;
  stats(): ReadCacheStats;
  /** Sets the counters back to zero (the entries stay). */
  resetStats(): void;
}

/** A version lease taken: its version, and until when (performance.now()) it may be used. */
interface HeldLease {
  version: string;
  lock: GraphVersionLock;
  until: number;
  /** From when a request that uses it asks for the next lease. */
  renewAt: number;
  /** Whether the next lease has been asked for. */
  renewed: boolean;
  /** Ends it now (once; later calls do nothing). */
  release(): void;
}

/** An answer that yoga sends as the given text instead of serialising it (the text kept is the text sent). */
type SerializedResult = ExecutionResult & { stringify: () => string };

/** A request looked up and not found: where its answer goes once computed. */
interface Lookup {
  key: string;
  version: string;
}

/** A kept answer: the bytes sent and their content type (which depends on the request's Accept). */
interface Answer {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
}

/**
 * Request bodies longer than this are neither looked up nor kept. The cache reads a body before
 * yoga's own size limit applies, so only bodies that say how long they are (Content-Length) and
 * are small are read early; dashboards' queries are a few hundred bytes.
 */
export const MAX_CACHED_BODY_BYTES = 64 * 1024;

/** A GET, or a POST whose body the cache may read: of a declared, well-formed and small length. */
function isCacheable(request: Request): boolean {
  if (request.method === 'GET') return true;
  if (request.method !== 'POST') return false;
  const length = request.headers.get('content-length');
  return length !== null && /^\d+$/.test(length) && Number(length) <= MAX_CACHED_BODY_BYTES;
}

/**
 * Everything of a request that yoga's answer to a query depends on, besides the graph: the
 * method, the query string (GET), the body (POST), the content type it is parsed by and the
 * accepted types, which choose the answer's content type.
 */
function requestKey(version: string, request: Request, url: URL, body: string): string {
  return JSON.stringify([version, request.method, url.search, request.headers.get('content-type'), request.headers.get('accept'), body]);
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
  const { maxBytes, versionCheckMs, leaseMs = 0, holdMs = 1000 } = options;
  const answers = new LRUCache<string, Answer>({ maxSize: maxBytes, sizeCalculation: (answer, key) => 2 * key.length + answer.bytes.byteLength });
  const lookups = new WeakMap<Request, Lookup>();
  const queries = new WeakSet<Request>();
  /** Answers computed for requests that missed, until their response shows how they were sent. */
  const computed = new WeakMap<Request, string>();
  const counts = { lookups: 0, hits: 0, stored: 0, versionReads: 0, versionWaits: 0, writerChecks: 0, writersLetThrough: 0 };
  let latest: string | undefined;
  let latestReadAt = 0;

  /** Keeps a version read at `readAt`: answers for older versions can never be asked for again. */
  const noteVersion = (version: string, readAt: number): string => {
    if (version !== latest) {
      answers.clear();
      latest = version;
    }
    latestReadAt = readAt;
    return version;
  };

  /**
   * While set, a write was waiting for the leases: they were let go, and requests read the
   * version themselves until it is no longer `version` (the write is done) or `until` has passed.
   */
  let lettingGo: { version: string; ticket: number; until: number } | undefined;
  /** Tickets up to this one were waited for LET_GO_MAX_MS in vain: their writers are gone. */
  let abandonedTicket = 0;
  const writerWaiting = (writers: GraphWriters): boolean => writers.requested > Math.max(writers.served, abandonedTicket);

  const readVersion = graphVersionReader(store);
  const exactVersion = versionReader(async () => {
    counts.versionReads++;
    const readAt = Date.now();
    const version = noteVersion(await readVersion(), readAt);
    if (lettingGo !== undefined && (version !== lettingGo.version || performance.now() > lettingGo.until)) {
      if (version === lettingGo.version) abandonedTicket = Math.max(abandonedTicket, lettingGo.ticket);
      lettingGo = undefined;
    }
    return version;
  });

  /** The leases held, oldest first: one, and two for the moment the next is taken. */
  let leases: HeldLease[] = [];
  /** The lease being taken, if any. */
  let taking: Promise<HeldLease | undefined> | undefined;

  /** The node for the next lease: one no lease of ours holds. */
  const nextLock = (): GraphVersionLock => GRAPH_VERSION_LOCKS.find((lock) => !leases.some((lease) => lease.lock === lock)) ?? GRAPH_VERSION_LOCKS[0];

  /** Lets every lease go, for a write waiting for them (see lettingGo). */
  const letWriterThrough = (version: string, writers: GraphWriters): void => {
    counts.writersLetThrough++;
    lettingGo = { version, ticket: writers.requested, until: performance.now() + LET_GO_MAX_MS };
    for (const lease of [...leases]) lease.release();
  };

  /**
   * Reads the write tickets inside the lease every `leaseMs` while it is the newest held (counted
   * from when the last check was due, not from its answer, so that the round trip does not
   * stretch the period a write may wait), and lets the leases go as soon as a write waits for
   * them. A failed read means the transaction is gone (and with it the lock): the lease is dropped.
   */
  const watchWriters = (held: HeldLease, taken: GraphVersionLease, dueAt = performance.now() + leaseMs): void => {
    const timer = setTimeout(() => {
      if (!leases.includes(held)) return;
      counts.writerChecks++;
      taken.checkWriters().then(
        (writers) => {
          if (!leases.includes(held)) return;
          if (writerWaiting(writers)) letWriterThrough(held.version, writers);
          else watchWriters(held, taken, Math.max(dueAt + leaseMs, performance.now()));
        },
        () => held.release(),
      );
    }, Math.max(0, dueAt - performance.now()));
    timer.unref();
  };

  /**
   * Reads the version under a lease: until `until`, no write can advance it without this cache
   * hearing of it first, so requests arriving meanwhile use it without a read of their own.
   * `until` counts from before the lease was asked for, and the lease is released then, or as
   * soon as the next lease is held, or a write waits for it; Neo4j would end it only later
   * (timeout). Undefined when no lock could be held (before the first write), or a write already
   * waits for it: the caller then reads the version plainly.
   */
  const takeLease = async (lock: GraphVersionLock): Promise<HeldLease | undefined> => {
    counts.versionReads++;
    const askedAt = performance.now();
    const readAt = Date.now();
    const taken = await leaseGraphVersion(store, holdMs + LEASE_TIMEOUT_MARGIN_MS, lock);
    if (!taken.held) return undefined;
    const version = noteVersion(taken.version, readAt);
    if (writerWaiting(taken.writers)) {
      void taken.release();
      letWriterThrough(version, taken.writers);
      return undefined;
    }
    lettingGo = undefined;
    let timer: NodeJS.Timeout | undefined;
    const held: HeldLease = {
      version,
      lock,
      until: askedAt + holdMs,
      renewAt: askedAt + RENEW_AFTER * holdMs,
      renewed: false,
      release: () => {
        if (!leases.includes(held)) return;
        clearTimeout(timer);
        leases = leases.filter((lease) => lease !== held);
        void taken.release();
      },
    };
    // The leases before this one are superseded: it is usable for longer, and was taken while
    // they held their locks, so no write came between (its version is theirs).
    for (const older of [...leases]) older.release();
    leases.push(held);
    // Unusable once the timer fires, which may be a little before `until`.
    timer = setTimeout(held.release, Math.max(0, held.until - performance.now()));
    timer.unref();
    watchWriters(held, taken);
    return held;
  };

  const startTaking = (lock = nextLock()): Promise<HeldLease | undefined> => {
    const current = takeLease(lock).finally(() => {
      taking = undefined;
    });
    taking = current;
    return current;
  };

  /**
   * The version under a lease, shared by every request that asks while it is being taken, even
   * those that arrive after it was asked for (unlike a plain read, see versionReader): the lock
   * is held from some moment while the lease is taken until after its release is sent, so the
   * version it gives is current for any request that arrives before that, whenever the lock was
   * acquired. A request that arrived before it saw no write that finished after it arrived, and
   * the lease's version includes every write that finished before the lock was acquired.
   */
  const leasedVersion = async (): Promise<string> => {
    const lease = await (taking ?? startTaking());
    return lease?.version ?? exactVersion();
  };

  /**
   * A lease in use is renewed before it ends, once, by the first request after its RENEW_AFTER
   * share: the next lease is then held before this one ends, and requests never wait for a round
   * trip while they keep coming. An idle server takes no leases.
   */
  const renewSoon = (lease: HeldLease, now: number): void => {
    if (lease.renewed || now < lease.renewAt || taking !== undefined) return;
    lease.renewed = true;
    // A failed renewal only means that the next request after this lease takes one itself.
    startTaking().catch(() => undefined);
  };

  const currentVersion = (): Promise<string> => {
    const now = performance.now();
    const lease = leases.findLast((held) => now < held.until);
    if (lease !== undefined) {
      renewSoon(lease, now);
      return Promise.resolve(lease.version);
    }
    if (versionCheckMs > 0 && latest !== undefined && Date.now() - latestReadAt < versionCheckMs) return Promise.resolve(latest);
    counts.versionWaits++;
    return leaseMs > 0 && lettingGo === undefined ? leasedVersion() : exactVersion();
  };

  const plugin: Plugin = {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== GRAPHQL_ENDPOINT || !isCacheable(request)) return;
      let version: string;
      try {
        version = await currentVersion();
      } catch {
        // Neo4j unreachable: no cache for this request; executing it reports the outage.
        return;
      }
      // yoga's request parser reads the body again (the request keeps the text read here).
      const body = request.method === 'POST' ? await request.text() : '';
      // A request its client gave up on reads as empty: not one to look up.
      if (Buffer.byteLength(body) !== Number(request.headers.get('content-length') ?? 0)) return;
      const key = requestKey(version, request, url, body);
      const answer = answers.get(key);
      counts.lookups++;
      if (answer === undefined) {
        lookups.set(request, { key, version });
        return;
      }
      counts.hits++;
      endResponse(new fetchAPI.Response(answer.bytes, { status: 200, headers: { 'content-type': answer.contentType } }));
    },
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation === 'query') queries.add(args.contextValue.request);
    },
    onExecutionResult({ request, result, setResult }) {
      if (!lookups.has(request) || !queries.has(request)) return;
      if (result === undefined || isAsyncIterable(result) || (result.errors !== undefined && result.errors.length > 0) || result.extensions !== undefined) return;
      const text = JSON.stringify(result);
      computed.set(request, text);
      const serialized: SerializedResult = { ...result, stringify: () => text };
      setResult(serialized);
    },
    onResponse({ request, response }) {
      const lookup = lookups.get(request);
      const text = computed.get(request);
      const contentType = response.headers.get('content-type');
      if (lookup === undefined || text === undefined || response.status !== 200 || contentType === null) return;
      // Stored only while its version is the newest seen: a slow request must not bring back an
      // answer for a version that is already gone.
      if (lookup.version !== latest) return;
      answers.set(lookup.key, { bytes: Buffer.from(text), contentType });
      counts.stored++;
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
      counts.versionWaits = 0;
      counts.writerChecks = 0;
      counts.writersLetThrough = 0;
    },
  };
}
