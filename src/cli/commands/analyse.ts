import type { Config } from '../../config/env.js';
import { alignmentOf, type Alignment } from '../../analysis/coalitions.js';
import { networkToGraphml } from '../../analysis/graphml.js';
import type { Aggregation, Normalization } from '../../analysis/network.js';
import { getActorsByIds } from '../../store/read.js';
import { readSelectedClaims, writeAlignment } from '../../store/read-discourse.js';
import { connectStore } from '../connect.js';
import { createProgress } from '../output.js';

export interface AnalyseOptions {
  /** Issue ids; every issue when empty. */
  issues: string[];
  aggregation: Aggregation;
  normalization: Normalization;
  minClaims: number;
  /** At most this many actors, those with most claims. */
  maxNodes: number;
  from?: string | undefined;
  to?: string | undefined;
  outlet?: string | undefined;
  /** Replace the ALIGNED_WITH edges of this scope in Neo4j. */
  write: boolean;
  format: 'text' | 'json' | 'graphml';
}

/** The scope ALIGNED_WITH edges are written under: the one issue, or `all`. */
export function scopeOf(issues: readonly string[]): string {
  return issues.length === 1 ? issues[0]! : issues.length === 0 ? 'all' : [...issues].sort().join('+');
}

function formatText(alignment: Alignment, names: ReadonlyMap<string, string>, written: number | null, scope: string): string {
  const name = (id: string) => names.get(id) ?? id;
  const { network, coalitions } = alignment;
  const lines = [`${network.aggregation} network (${network.normalization} normalisation), scope ${scope}: ${network.nodes.length} actors, ${network.edges.length} ties`];
  lines.push(`coalitions (modularity ${coalitions.modularity.toFixed(3)}):`);
  for (const c of coalitions.coalitions) lines.push(`  ${c.id}. ${c.leaders.map(name).join(' – ')} — ${c.stance}, ${c.members.length} members: ${c.members.map(name).join(', ')}`);
  const strongest = [...network.edges].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 10);
  if (strongest.length > 0) lines.push('strongest ties:');
  for (const e of strongest) lines.push(`  ${e.weight.toFixed(3).padStart(8)}  ${name(e.source)} — ${name(e.target)}`);
  if (written !== null) lines.push(`wrote ${written} ALIGNED_WITH edges (scope ${scope})`);
  return `${lines.join('\n')}\n`;
}

export async function runAnalyse(config: Config, options: AnalyseOptions): Promise<number> {
  const progress = createProgress({ quiet: config.ci || options.format !== 'text' });
  const { store } = await connectStore(config, progress);
  const scope = scopeOf(options.issues);
  try {
    const facts = await readSelectedClaims(store, {
      issues: options.issues.length === 0 ? undefined : options.issues,
      from: options.from,
      to: options.to,
      outlet: options.outlet,
    });
    const alignment = alignmentOf(facts, { aggregation: options.aggregation, normalization: options.normalization, minClaims: options.minClaims, maxNodes: options.maxNodes });
    const written = options.write ? await writeAlignment(store, scope, alignment.network, alignment.coalitions) : null;
    const actors = await getActorsByIds(store, alignment.network.nodes.map((n) => n.actorId));
    const names = new Map(actors.map((a) => [a.id, a.name]));
    if (options.format === 'graphml') process.stdout.write(networkToGraphml(alignment.network, { names, coalitionOf: alignment.coalitions.coalitionOf }));
    else if (options.format === 'json')
      process.stdout.write(`${JSON.stringify({ scope, ...alignment.network, coalitions: alignment.coalitions.coalitions, modularity: alignment.coalitions.modularity, written }, null, 2)}\n`);
    else process.stdout.write(formatText(alignment, names, written, scope));
  } finally {
    await store.close();
  }
  return 0;
}
