import { readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ClaimFact } from '../src/analysis/claims.js';
import { alignmentOf, seededRandom } from '../src/analysis/coalitions.js';
import { detectChanges } from '../src/analysis/timeline.js';
import { extractFiles, type ExtractionRun } from '../src/cli/extraction.js';
import { loadConfig, type Config } from '../src/config/env.js';
import { createServer } from '../src/graphql/server.js';
import { articleId, toGraphBatch } from '../src/ingest/claims.js';
import type { Stance } from '../src/ingest/model.js';
import { saveBatch } from '../src/store/write.js';
import { openBenchDatabase } from './database.js';
import { generateCorpus } from './ingest.js';

export interface AnalysisResult {
  graph: string;
  claims: number;
  actors: number;
  edges: number;
  coalitions: number;
  /** Median over runs of network + coalitions, in ms. */
  milliseconds: number;
  changesMilliseconds: number;
}

async function time(runs: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function measure(graph: string, facts: ClaimFact[], runs: number): Promise<AnalysisResult> {
  const alignment = alignmentOf(facts, { normalization: 'jaccard' });
  return {
    graph,
    claims: facts.length,
    actors: alignment.network.nodes.length,
    edges: alignment.network.edges.length,
    coalitions: alignment.coalitions.coalitions.length,
    milliseconds: await time(runs, () => alignmentOf(facts, { normalization: 'jaccard' })),
    changesMilliseconds: await time(runs, () => detectChanges(facts)),
  };
}

/** `blocs` camps of `actorsPerBloc` actors over `issues` issues, each camp on its own side, with 10 % noise. */
export function generatedFacts(blocs: number, actorsPerBloc: number, issues: number, claimsPerActor: number, seed = 1): ClaimFact[] {
  const random = seededRandom(seed);
  const facts: ClaimFact[] = [];
  for (let b = 0; b < blocs; b++) {
    for (let a = 0; a < actorsPerBloc; a++) {
      for (let c = 0; c < claimsPerActor; c++) {
        const issue = Math.floor(random() * issues);
        const side = (b + issue) % 2 === 0;
        const stance: Stance = random() < 0.9 === side ? 'supports' : 'opposes';
        const day = 1 + Math.floor(random() * 28);
        facts.push({
          id: `b${b}a${a}c${c}`,
          actorId: `bloc${b}-actor${a}`,
          issueId: `issue${issue}`,
          stance,
          confidence: 0.8,
          quote: '',
          occurrences: [{ articleId: `art${facts.length}`, outlet: `outlet${b % 4}`, date: `2024-0${1 + (c % 9)}-${String(day).padStart(2, '0')}`, url: null, start: 0, end: 0 }],
        });
      }
    }
  }
  return facts;
}

async function extractSample(config: Config): Promise<ExtractionRun> {
  const dir = path.join(config.projectRoot, 'data', 'corpus');
  return extractFiles(config, readdirSync(dir).sort().map((f) => path.join(dir, f)));
}

/** Network + coalitions computed in memory: the sample corpus (extracted) and a generated 20,000-claim graph. */
export async function benchAnalysis(): Promise<AnalysisResult[]> {
  const run = await extractSample(loadConfig());
  const sample = run.results.flatMap(({ article, claims }) =>
    claims.map((claim, i): ClaimFact => ({
      id: `${articleId(article.sha256)}-${i}`,
      actorId: claim.actor.id,
      issueId: claim.issue,
      stance: claim.stance,
      confidence: claim.confidence,
      quote: claim.evidence.text,
      occurrences: [{ articleId: articleId(article.sha256), outlet: article.outlet, date: article.publishedAt?.slice(0, 10) ?? null, url: article.url, start: claim.evidence.start, end: claim.evidence.end }],
    })),
  );
  return [await measure('sample corpus', sample, 21), await measure('generated: 4 blocs × 125 actors, 6 issues', generatedFacts(4, 125, 6, 40), 5)];
}

export interface GraphqlAnalysisResult {
  graph: string;
  claims: number;
  minClaims: number;
  actors: number;
  edges: number;
  /** Median of `discourseNetwork` through GraphQL (read, compute, serialise), in ms. */
  milliseconds: number;
}

const NETWORK_QUERY = `query($minClaims: Int) { discourseNetwork(normalization: JACCARD, minClaims: $minClaims, maxNodes: 1000) {
  nodes { id claims coalition } edges { source target weight } coalitions { name stance } } }`;

/**
 * `discourseNetwork` end to end (Neo4j read, computation, JSON) in a Neo4j of its own on the
 * configured local ports (STANCEGRAPH_NEO4J_BOLT_PORT/HTTP_PORT): the sample corpus, then the
 * 12,000-claim, 1,500-actor graph of bench:api.
 */
export async function benchAnalysisGraphql(log: (line: string) => void): Promise<GraphqlAnalysisResult[]> {
  const config = loadConfig();
  const ports = config.neo4j.kind === 'local' ? config.neo4j : { boltPort: 7687, httpPort: 7474 };
  const database = await openBenchDatabase('bench-analysis', ports, log);
  const results: GraphqlAnalysisResult[] = [];
  try {
    const yoga = createServer({ store: database.store, config: { production: true, apiKey: undefined } });
    const measureGraphql = async (graph: string, claims: number, minClaims: number, runs: number) => {
      const post = async () => {
        const response = await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: NETWORK_QUERY, variables: { minClaims } }) });
        const body = (await response.json()) as { data?: { discourseNetwork: { nodes: unknown[]; edges: unknown[] } }; errors?: unknown };
        if (body.data === undefined) throw new Error(`discourseNetwork failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
        return body.data.discourseNetwork;
      };
      const network = await post();
      results.push({ graph, claims, minClaims, actors: network.nodes.length, edges: network.edges.length, milliseconds: await time(runs, post) });
    };
    const run = await extractSample(config);
    const sample = toGraphBatch(run.results, run.extractor.issues, run.extractor.gazetteer);
    await saveBatch(database.store, sample);
    await measureGraphql('sample corpus in Neo4j', sample.claims.length, 1, 11);
    const corpus = generateCorpus(12_000, 1_500, 3_000);
    log(`writing ${corpus.claims} generated claims`);
    for (const batch of corpus.batches) await saveBatch(database.store, batch, { chunkSize: 5000 });
    for (const minClaims of [10, 7]) await measureGraphql('generated (bench:api graph) in Neo4j', corpus.claims + sample.claims.length, minClaims, 3);
  } finally {
    await database.close();
  }
  return results;
}
