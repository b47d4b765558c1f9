import { benchExtract } from './extract.js';
import { benchIngest } from './ingest.js';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

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
    rows.push(['ingest', `${fmt(r.claims)} claims, ${fmt(r.actors)} actors, ${fmt(r.articles)} articles`, `${r.batches} batches in ${r.seconds.toFixed(1)} s`, `${fmt(r.claimsPerSecond)} claims/s (UNWIND + MERGE)`, `${fmt(r.nodes)} nodes, ${fmt(r.relationships)} relationships`]);
    rows.push(['ingest-naive', `${fmt(r.naiveClaims)} claims`, `1 statement per claim in ${r.naiveSeconds.toFixed(1)} s`, `${fmt(r.naiveClaimsPerSecond)} claims/s (MERGE per claim)`, `batched is ${(r.claimsPerSecond / r.naiveClaimsPerSecond).toFixed(1)}× faster`]);
  }
  if (rows.length === 0) throw new Error(`unknown benchmark "${which}" (extract, ingest)`);
  for (const row of rows) console.log(row.join('  |  '));
}

await main();
