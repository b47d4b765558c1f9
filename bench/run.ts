import { benchAnalysis, benchAnalysisGraphql } from './analysis.js';
import { benchApi, type ApiBenchPair } from './api.js';
import type { LoadResult } from './load.js';
import { benchExtract } from './extract.js';
import { benchIngest, type WritePass } from './ingest.js';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** The rows of one timed pass of bench:ingest: figure, CPU split, then where the wall-clock time went. */
function writePassRows(name: string, what: string, claims: number, pass: WritePass): string[][] {
  const cpu = pass.serverCpu;
  const server =
    cpu === undefined
      ? 'Neo4j CPU not measured (no /proc)'
      : `Neo4j ${cpu.total.toFixed(1)} CPU s (${fmt(claims / cpu.total)} claims per CPU s): statements ${cpu.queries.toFixed(1)}, GC ${cpu.gc.toFixed(1)}, JIT ${cpu.jit.toFixed(1)}`;
  const rows = [
    [name, what, `${pass.batchSeconds.length} batches in ${pass.seconds.toFixed(1)} s`, `${fmt(pass.claimsPerSecond)} claims/s`, `batches ${pass.batchSeconds.map((s) => s.toFixed(1)).join(' ')} s`],
    [`${name}-cpu`, server, `Node ${pass.clientCpuSeconds.toFixed(1)} CPU s`, cpu === undefined ? '' : `Neo4j ${fmt((100 * cpu.total) / (cpu.total + pass.clientCpuSeconds))}% of the CPU used`, ''],
  ];
  for (const stage of pass.stages) {
    rows.push([`${name}-stage`, stage.name, `${stage.seconds.toFixed(2)} s`, `${((100 * stage.seconds) / pass.seconds).toFixed(0)}% of the write`, '']);
  }
  return rows;
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
    const corpus = `${fmt(r.claims)} claims, ${fmt(r.actors)} actors, ${fmt(r.articles)} articles`;
    rows.push(...writePassRows('ingest', `${corpus}, server just started`, r.claims, r.fresh));
    rows.push(...writePassRows('ingest-warm', `${corpus} again, graph wiped, server warm`, r.claims, r.warm));
    const check = r.positionsOffRecompute === 0 ? 'position edges equal a recompute' : `${r.positionsOffRecompute} position edges differ from a recompute`;
    rows.push(['ingest-graph', `${fmt(r.nodes)} nodes, ${fmt(r.relationships)} relationships`, check, '', '']);
    rows.push(['ingest-naive', `${fmt(r.naiveClaims)} claims`, `1 statement per claim in ${r.naiveSeconds.toFixed(1)} s`, `${fmt(r.naiveClaimsPerSecond)} claims/s (MERGE per claim)`, `batched is ${(r.fresh.claimsPerSecond / r.naiveClaimsPerSecond).toFixed(1)}× faster`]);
  }
  if (which === 'all' || which === 'api') {
    const r = await benchApi((line) => process.stderr.write(`[bench:api] ${line}\n`));
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const failed = (...results: LoadResult[]) => {
      const failures = results.reduce((n, result) => n + result.failures, 0);
      return failures > 0 ? `, ${failures} failed requests` : '';
    };
    const read = r.versionCheckMs === 0 ? 'version read per request' : `version re-read every ${r.versionCheckMs} ms`;
    const check = r.leaseMs === 0 ? read : `version leased, checked for waiting writes every ${r.leaseMs} ms`;
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
