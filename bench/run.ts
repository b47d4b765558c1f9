import { benchAnalysis, benchAnalysisGraphql } from './analysis.js';
import { benchApi, type ApiBenchPair } from './api.js';
import type { LoadResult } from './load.js';
import { benchExtract } from './extract.js';
import { benchIngest } from './ingest.js';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Claims per second over the second half of the batches, once the server's JIT has warmed up. */
function warmClaimsPerSecond(r: { claims: number; batchSeconds: number[] }): number {
  const half = r.batchSeconds.slice(Math.floor(r.batchSeconds.length / 2));
  return (r.claims * (half.length / r.batchSeconds.length)) / half.reduce((n, s) => n + s, 0);
}

/** `npm run bench [name]`: runs the benchmarks and prints one table of figures. */
async function main(): Promise<void> {
  const which = process.argv[2] ?? 'all';
  const rows: string[][] = [];
  if (which === 'all' || which === 'extract') {
    for (const r of benchExtract()) {
      rows.push(['extract', `${r.actors} actors`, `${r.mb.toFixed(1)} MB in ${r.seconds.toFixed(1)} s`, `${r.mbPerSecond.toFixed(2)} MB/s (1 core)`, `${r.claims} claims`]);
    }
  }
  if (which === 'all' || which === 'ingest') {
    const r = await benchIngest((line) => process.stderr.write(`[bench:ingest] ${line}\n`));
    rows.push(['ingest', `${fmt(r.claims)} claims, ${fmt(r.actors)} actors, ${fmt(r.articles)} articles`, `${r.batches} batches in ${r.seconds.toFixed(1)} s`, `${fmt(r.claimsPerSecond)} claims/s (UNWIND + MERGE)`, `${fmt(r.nodes)} nodes, ${fmt(r.relationships)} relationships, ${r.positionsOffRecompute === 0 ? 'position edges equal a recompute' : `${r.positionsOffRecompute} position edges differ from a recompute`}`]);
    const cpu = r.serverCpuSeconds === undefined ? 'Neo4j CPU not measured (no /proc)' : `Neo4j ${r.serverCpuSeconds.toFixed(1)} CPU s (${fmt(r.claims / r.serverCpuSeconds)} claims per CPU s)`;
    rows.push(['ingest-cpu', cpu, `Node ${r.clientCpuSeconds.toFixed(1)} CPU s`, `batches ${r.batchSeconds.map((s) => s.toFixed(1)).join(' ')} s`, `warm (last half) ${fmt(warmClaimsPerSecond(r))} claims/s`]);
    for (const stage of r.stages) {
      rows.push(['ingest-stage', stage.name, `${stage.seconds.toFixed(2)} s`, `${((100 * stage.seconds) / r.seconds).toFixed(0)}% of the write`, '']);
    }
    rows.push(['ingest-naive', `${fmt(r.naiveClaims)} claims`, `1 statement per claim in ${r.naiveSeconds.toFixed(1)} s`, `${fmt(r.naiveClaimsPerSecond)} claims/s (MERGE per claim)`, `batched is ${(r.claimsPerSecond / r.naiveClaimsPerSecond).toFixed(1)}× faster`]);
  }
  if (which === 'all' || which === 'api') {
    const r = await benchApi((line) => process.stderr.write(`[bench:api] ${line}\n`));
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const failed = (...results: LoadResult[]) => {
      const failures = results.reduce((n, result) => n + result.failures, 0);
      return failures > 0 ? `, ${failures} failed requests` : '';
    };
    const read = r.versionCheckMs === 0 ? 'version read per request' : `version re-read every ${r.versionCheckMs} ms`;
    const check = r.leaseMs === 0 ? read : `${read} or held ${r.leaseMs} ms`;
    const pair = (name: string, query: string, results: ApiBenchPair) => {
      const graph = `${query}, ${fmt(r.claims)} claims, ${r.connections} connections, ${r.seconds} s`;
      const { cached, uncached, neo4jGraphql: theirs } = results;
      const ratio = (ours: LoadResult) => `${(ours.rps / theirs.rps).toFixed(2)}× @neo4j/graphql rps`;
      rows.push([`api-${name}`, graph, `stancegraph ${fmt(cached.rps)} req/s (read cache, ${check})`, `p50 ${ms(cached.p50)}, p99 ${ms(cached.p99)}`, `${ratio(cached)}, hit rate ${(100 * cached.hitRate).toFixed(1)}%${failed(cached, theirs)}`]);
      rows.push([`api-${name}-uncached`, graph, `stancegraph ${fmt(uncached.rps)} req/s (cache off)`, `p50 ${ms(uncached.p50)}, p99 ${ms(uncached.p99)}`, `${ratio(uncached)}${failed(uncached, theirs)}`]);
      rows.push([`api-${name}-neo4j-graphql`, graph, `@neo4j/graphql ${fmt(theirs.rps)} req/s`, `p50 ${ms(theirs.p50)}, p99 ${ms(theirs.p99)}`, `same database, same answer`]);
    };
    pair('who-supports', `whoSupports (${r.supporters} supporters)`, r.whoSupports);
    pair('nested', 'actor → positions → claims → article', r.nested);
  }
  if (which === 'all' || which === 'analysis') {
    for (const r of await benchAnalysis()) {
      rows.push(['analysis', `${r.graph}: ${fmt(r.claims)} claims`, `${fmt(r.actors)} actors, ${fmt(r.edges)} ties, ${r.coalitions} coalitions`, `network + Louvain ${r.milliseconds.toFixed(1)} ms (median)`, `changes ${r.changesMilliseconds.toFixed(1)} ms`]);
    }
    for (const r of await benchAnalysisGraphql((line) => process.stderr.write(`[bench:analysis] ${line}\n`))) {
      rows.push(['analysis-graphql', `${r.graph}: ${fmt(r.claims)} claims, minClaims ${r.minClaims}`, `${fmt(r.actors)} actors, ${fmt(r.edges)} ties`, `discourseNetwork ${r.milliseconds.toFixed(0)} ms (median)`, 'read + compute + JSON']);
    }
  }
  if (rows.length === 0) throw new Error(`unknown benchmark "${which}" (extract, ingest, api, analysis)`);
  for (const row of rows) console.log(row.join('  |  '));
}

await main();
