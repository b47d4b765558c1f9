import { fork } from 'node:child_process';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { loadConfig } from '../src/config/env.js';
import { createReadCache, type ReadCache } from '../src/graphql/read-cache.js';
import { createServer } from '../src/graphql/server.js';
import { countGraph } from '../src/store/read.js';
import { saveBatch } from '../src/store/write.js';
import { openBenchDatabase } from './database.js';
import { generateCorpus } from './ingest.js';
import { LoadResultSchema, type LoadJob, type LoadResult } from './load.js';

/**
 * `npm run bench:api`: the same two queries served by stancegraph's GraphQL API and by
 * @neo4j/graphql (typeDefs for the same nodes and relationships), over the same database: a
 * generated graph of 12,000 claims in a local Neo4j of its own (data in .stancegraph/bench-api,
 * Bolt 28687, HTTP 28474), wiped first. stancegraph is measured twice: with its read cache as
 * configured by default (STANCEGRAPH_READ_CACHE_* as set, defaults otherwise) and with the cache
 * off. Every server runs both queries once (warm-up) before any is measured. autocannon drives
 * each server over loopback in turn, from a process of its own
 * (bench/load-client.ts) so that its work does not run on the servers' event loop; it still
 * shares the machine's cores with the servers and Neo4j, alike for all.
 */

export const API_BENCH_BOLT_PORT = 28687;
export const API_BENCH_HTTP_PORT = 28474;
const CLAIMS = 12_000;
const ACTORS = 1_500;
const ARTICLES = 3_000;
const CONNECTIONS = 10;
const WARMUP_SECONDS = 3;
const SECONDS = 10;
/** Actors the nested query cycles through. */
const NESTED_ACTORS = 200;

/** @neo4j/graphql's view of the same graph: the nodes and relationships both queries touch. */
const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Actor @node {
    id: ID!
    name: String!
    nameAr: String
    type: String
    supports: [Issue!]! @relationship(type: "SUPPORTS", direction: OUT)
    claims: [Claim!]! @relationship(type: "MADE", direction: OUT)
  }
  type Issue @node {
    id: ID!
    name: String!
    supporters: [Actor!]! @relationship(type: "SUPPORTS", direction: IN)
  }
  type Claim @node {
    id: ID!
    stance: String!
    quote: String!
    confidence: Float!
    about: [Issue!]! @relationship(type: "ABOUT", direction: OUT)
    articles: [Article!]! @relationship(type: "IN", direction: OUT)
  }
  type Article @node {
    id: ID!
    title: String
    outlet: String
    publishedAt: String
  }
`;

/** Who supports withdrawal, with each supporter's claims on it and where they were published. */
const WHO_SUPPORTS = {
  stancegraph: `{ whoSupports(issue: "withdrawal") { actor { id name } claims { id quote confidence article { outlet publishedAt } } } }`,
  neo4jGraphql: `{ issues(where: { id: { eq: "withdrawal" } }) { supporters { id name claims(where: { about: { some: { id: { eq: "withdrawal" } } } }) { id quote confidence articles { outlet publishedAt } } } } }`,
};

/** One actor → its positions/claims → each claim's article. */
const NESTED = {
  stancegraph: `query($id: ID!) { actor(id: $id) { name positions { stance claims { quote article { title outlet } } } } }`,
  neo4jGraphql: `query($id: ID!) { actors(where: { id: { eq: $id } }) { name claims { quote stance articles { title outlet } } } }`,
};

export interface CachedLoadResult extends LoadResult {
  /** Share of the measured requests answered from the read cache. */
  hitRate: number;
}

export interface ApiBenchPair {
  /** stancegraph with its read cache (the default configuration). */
  cached: CachedLoadResult;
  /** stancegraph with the cache off. */
  uncached: LoadResult;
  neo4jGraphql: LoadResult;
}

export interface ApiBenchResult {
  claims: number;
  actors: number;
  supporters: number;
  connections: number;
  seconds: number;
  /** STANCEGRAPH_READ_CACHE_CHECK_MS the cached runs used (0: the version is read for every request). */
  versionCheckMs: number;
  /** STANCEGRAPH_READ_CACHE_LEASE_MS the cached runs used (0: no lease). */
  leaseMs: number;
  whoSupports: ApiBenchPair;
  nested: ApiBenchPair;
}

async function listen(handler: Parameters<typeof createHttpServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/graphql` };
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

const LOAD_CLIENT = fileURLToPath(new URL('./load-client.js', import.meta.url));

/** Runs autocannon in a process of its own (bench/load-client.ts); `bodies` are sent in turn, one per request. */
async function load(url: string, bodies: string[], seconds: number): Promise<LoadResult> {
  const job: LoadJob = { url, bodies, seconds, connections: CONNECTIONS };
  const client = fork(LOAD_CLIENT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise<LoadResult>((resolve, reject) => {
    client.once('message', (message) => resolve(LoadResultSchema.parse(message)));
    client.once('error', reject);
    client.once('exit', (code) => reject(new Error(`the load generator exited with status ${code} before answering`)));
    client.send(job);
  });
}

async function measure(url: string, bodies: string[], log: (line: string) => void, label: string, afterWarmUp: () => void = () => undefined): Promise<LoadResult> {
  log(`${label}: warming up ${WARMUP_SECONDS} s`);
  await load(url, bodies, WARMUP_SECONDS);
  afterWarmUp();
  log(`${label}: ${SECONDS} s, ${CONNECTIONS} connections`);
  return load(url, bodies, SECONDS);
}

/** The cached server's run: the hit rate counts the measured requests only, not the warm-up. */
async function measureCached(url: string, bodies: string[], log: (line: string) => void, label: string, cache: ReadCache): Promise<CachedLoadResult> {
  const result = await measure(url, bodies, log, label, () => cache.resetStats());
  const { lookups, hits, versionReads, versionWaits, writerChecks } = cache.stats();
  log(`${label}: ${hits} of ${lookups} requests from the cache, ${versionReads} version reads, ${versionWaits} requests waited for one, ${writerChecks} checks for waiting writes`);
  return { ...result, hitRate: lookups === 0 ? 0 : hits / lookups };
}

export async function benchApi(log: (line: string) => void = () => undefined): Promise<ApiBenchResult> {
  const database = await openBenchDatabase('bench-api', { boltPort: API_BENCH_BOLT_PORT, httpPort: API_BENCH_HTTP_PORT }, log);
  const store = database.store;
  const servers: Server[] = [];
  try {
    const corpus = generateCorpus(CLAIMS, ACTORS, ARTICLES);
    log(`writing ${corpus.claims} claims`);
    for (const batch of corpus.batches) await saveBatch(store, batch, { chunkSize: 5000 });
    const counts = await countGraph(store);
    log(`graph: ${counts.nodes} nodes, ${counts.relationships} relationships`);

    const config = { production: true, apiKey: undefined };
    const cacheConfig = loadConfig().readCache;
    const cache = createReadCache(store, cacheConfig);
    const cached = await listen(createServer({ store, config, readCache: cache }));
    servers.push(cached.server);
    const ours = await listen(createServer({ store, config }));
    servers.push(ours.server);
    const neoSchema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver: store.driver }).getSchema();
    const theirs = await listen(createYoga({ schema: neoSchema, graphiql: false, landingPage: false, logging: false }));
    servers.push(theirs.server);

    // Both servers must answer the same thing before their speed means anything.
    const a = await post(ours.url, WHO_SUPPORTS.stancegraph);
    const b = await post(theirs.url, WHO_SUPPORTS.neo4jGraphql);
    if (a.errors !== undefined || b.errors !== undefined) throw new Error(`whoSupports failed: ${JSON.stringify(a.errors ?? b.errors).slice(0, 500)}`);
    const ourSupporters = (a.data as { whoSupports: { claims: unknown[] }[] }).whoSupports;
    const theirSupporters = (b.data as { issues: { supporters: { claims: unknown[] }[] }[] }).issues[0]?.supporters ?? [];
    const claimsOf = (list: { claims: unknown[] }[]) => list.reduce((n, s) => n + s.claims.length, 0);
    if (ourSupporters.length !== theirSupporters.length || claimsOf(ourSupporters) !== claimsOf(theirSupporters)) {
      throw new Error(`the servers disagree: ${ourSupporters.length}/${claimsOf(ourSupporters)} vs ${theirSupporters.length}/${claimsOf(theirSupporters)} supporters/claims`);
    }
    const ids = corpus.actors.slice(0, NESTED_ACTORS).map((actor) => actor.id);
    const c = await post(ours.url, NESTED.stancegraph, { id: ids[0] });
    const d = await post(theirs.url, NESTED.neo4jGraphql, { id: ids[0] });
    if (c.errors !== undefined || d.errors !== undefined) throw new Error(`nested query failed: ${JSON.stringify(c.errors ?? d.errors).slice(0, 500)}`);
    // The cache must give what the server without it gives, the second time (from the cache) too.
    for (const [query, variables, expected] of [[WHO_SUPPORTS.stancegraph, {}, a], [NESTED.stancegraph, { id: ids[0] }, c]] as const) {
      for (let time = 0; time < 2; time++) {
        const answer = await post(cached.url, query, variables);
        if (JSON.stringify(answer) !== JSON.stringify(expected)) throw new Error(`the cached server answers differently: ${JSON.stringify(answer).slice(0, 300)}`);
      }
    }

    const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
    const whoBodies = [body(WHO_SUPPORTS.stancegraph)];
    const nestedBodies = ids.map((id) => body(NESTED.stancegraph, { id }));
    const theirWhoBodies = [body(WHO_SUPPORTS.neo4jGraphql)];
    const theirNestedBodies = ids.map((id) => body(NESTED.neo4jGraphql, { id }));

    // Neo4j compiles (JIT) for a while after the graph is written, and each server's code and
    // queries are cold: every server runs both queries once before any is measured, so that the
    // one measured first is not the one that pays for it.
    for (const [url, bodies] of [[cached.url, whoBodies], [ours.url, whoBodies], [theirs.url, theirWhoBodies], [cached.url, nestedBodies], [ours.url, nestedBodies], [theirs.url, theirNestedBodies]] as const) {
      await load(url, [...bodies], WARMUP_SECONDS);
    }
    log(`every server warmed up on both queries (${WARMUP_SECONDS} s each)`);
    const result: ApiBenchResult = {
      claims: corpus.claims,
      actors: corpus.actors.length,
      supporters: ourSupporters.length,
      connections: CONNECTIONS,
      seconds: SECONDS,
      versionCheckMs: cacheConfig.versionCheckMs,
      leaseMs: cacheConfig.leaseMs,
      whoSupports: {
        cached: await measureCached(cached.url, whoBodies, log, 'whoSupports, stancegraph with its read cache', cache),
        uncached: await measure(ours.url, whoBodies, log, 'whoSupports, stancegraph without the cache'),
        neo4jGraphql: await measure(theirs.url, theirWhoBodies, log, 'whoSupports, @neo4j/graphql'),
      },
      nested: {
        cached: await measureCached(cached.url, nestedBodies, log, 'nested, stancegraph with its read cache', cache),
        uncached: await measure(ours.url, nestedBodies, log, 'nested, stancegraph without the cache'),
        neo4jGraphql: await measure(theirs.url, theirNestedBodies, log, 'nested, @neo4j/graphql'),
      },
    };
    return result;
  } finally {
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
    await database.close();
  }
}
