import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../../src/localdb/local-neo4j.js';
import type { Neo4jConnection, Store } from '../../src/store/driver.js';
import { projectRoot } from './cli.js';

/** Every article text the project has: fixtures, held-out and blind sets, and the sample corpus. */
export function sourceArticles(): string[] {
  const dirs = ['test/fixtures/articles', 'test/fixtures/heldout/articles', 'test/fixtures/blind/articles', 'data/corpus'];
  return dirs.flatMap((dir) =>
    readdirSync(path.join(projectRoot, dir))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(path.join(projectRoot, dir, name), 'utf8')),
  );
}

/**
 * Writes `count` distinct articles into `dir`: the project's articles in turn, each copy with its
 * own closing line, so every file is its own Article while the claims repeat as wire copies do.
 */
export function writeCorpus(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const sources = sourceArticles();
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `article-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, `${sources[i % sources.length]!.trimEnd()}\n\n— ${i}\n`);
    return file;
  });
}

/** What "the same graph" means: node labels, relationship types, every claim with its stance and articles, duplicated edges. */
export interface GraphFingerprint {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  claims: string[];
  /** Node pairs joined more than once by the same relationship type: always 0 in a sound graph. */
  duplicateEdges: number;
}

async function rows(store: Store, cypher: string): Promise<Record<string, unknown>[]> {
  return (await store.driver.executeQuery(cypher, {}, { database: store.database })).records.map((record) => record.toObject());
}

export async function graphFingerprint(store: Store): Promise<GraphFingerprint> {
  const labels = await rows(store, 'MATCH (n) WHERE NOT n:Migration UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label');
  const relationships = await rows(store, 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  const claims = await rows(
    store,
    "MATCH (a:Actor)-[:MADE]->(c:Claim)-[:IN]->(art:Article) WITH a, c, count(art) AS articles RETURN a.id + ' ' + c.id + ' ' + c.stance + ' ' + articles AS claim ORDER BY claim",
  );
  const duplicates = await rows(store, 'MATCH (a)-[r]->(b) WITH a, b, type(r) AS type, count(*) AS n WHERE n > 1 RETURN count(*) AS n');
  return {
    labels: Object.fromEntries(labels.map((r) => [String(r.label), Number(r.n)])),
    relationships: Object.fromEntries(relationships.map((r) => [String(r.type), Number(r.n)])),
    claims: claims.map((r) => String(r.claim)),
    duplicateEdges: Number(duplicates[0]?.n ?? 0),
  };
}

/** The environment that points the CLI at a Neo4j of the test's choosing. */
export function neo4jEnv(conn: Neo4jConnection): NodeJS.ProcessEnv {
  return { NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password };
}

/**
 * A second local Neo4j for tests that stop and restart it, so that the shared test server is not
 * disturbed. STANCEGRAPH_TEST_EXTRA_BOLT_PORT / _HTTP_PORT move it (parallel work trees).
 */
export function extraNeo4jOptions(): LocalNeo4jOptions {
  return {
    projectRoot,
    dataDir: path.join(projectRoot, '.stancegraph', 'test-extra'),
    boltPort: Number(process.env.STANCEGRAPH_TEST_EXTRA_BOLT_PORT ?? 17787),
    httpPort: Number(process.env.STANCEGRAPH_TEST_EXTRA_HTTP_PORT ?? 17574),
    onProgress: (line) => process.stderr.write(`[extra neo4j] ${line}\n`),
  };
}

export async function startExtraNeo4j(): Promise<Neo4jConnection> {
  const server = await startLocalNeo4j(extraNeo4jOptions());
  return { uri: server.uri, user: server.user, password: server.password };
}

export async function stopExtraNeo4j(): Promise<void> {
  await stopLocalNeo4j(extraNeo4jOptions());
}
