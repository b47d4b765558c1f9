import { benchExtract } from './extract.js';

/** `npm run bench [name]`: runs the benchmarks and prints one table of figures. */
async function main(): Promise<void> {
  const which = process.argv[2] ?? 'all';
  const rows: string[][] = [];
  if (which === 'all' || which === 'extract') {
    for (const r of benchExtract()) {
      rows.push(['extract', `${r.actors} actors`, `${r.mb.toFixed(1)} MB in ${r.seconds.toFixed(1)} s`, `${r.mbPerSecond.toFixed(2)} MB/s (1 core)`, `${r.claims} claims`]);
    }
  }
  if (rows.length === 0) throw new Error(`unknown benchmark "${which}" (extract)`);
  for (const row of rows) console.log(row.join('  |  '));
}

await main();
