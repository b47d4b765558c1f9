import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { Stance } from '../ingest/model.js';
import type { ClaimFact } from './claims.js';
import { actorNetwork, type ActorNetwork, type NetworkOptions } from './network.js';

// The package is CommonJS typed as an ES module: Node hands its module.exports (the function) over as the default import.
const louvain = louvainModule as unknown as typeof louvainModule.default;

export interface Coalition {
  /** 1 for the largest coalition, 2 for the next, … */
  id: number;
  /** Members, most central first (weighted degree inside the coalition, then claims, then id). */
  members: string[];
  /** The most central members (up to `leaders`), whose names name the coalition. */
  leaders: string[];
  /** What most members hold: SUPPORTS or OPPOSES, MIXED when as many members lean each way, NEUTRAL when none leans. */
  stance: Stance;
  /** Members whose claims in the network mostly support. */
  supporters: number;
  /** Members whose claims mostly oppose. */
  opponents: number;
}

export interface CoalitionOptions {
  /** Louvain visits nodes in a random order; a fixed seed makes the partition reproducible. @default 1 */
  seed?: number;
  /** Louvain's resolution: above 1 favours smaller coalitions. @default 1 */
  resolution?: number;
  /** How many central members name a coalition. @default 2 */
  leaders?: number;
}

export interface Coalitions {
  coalitions: Coalition[];
  /** Coalition id per actor; actors tied to nobody (or alone in their community) have none. */
  coalitionOf: Map<string, number>;
  /** Newman's modularity of the partition. */
  modularity: number;
}

/** mulberry32: a small seeded generator, so Louvain's random order is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function leaning(node: { supports: number; opposes: number }): 'supports' | 'opposes' | null {
  if (node.supports > node.opposes) return 'supports';
  if (node.opposes > node.supports) return 'opposes';
  return null;
}

/**
 * Coalitions are the Louvain communities of the congruence network: actors who keep taking the
 * same side end up together. Only positive ties count (give it a congruence network, or a
 * subtract one, whose negative ties are dropped). Communities of one actor are no coalition.
 */
export function findCoalitions(network: ActorNetwork, options: CoalitionOptions = {}): Coalitions {
  const { seed = 1, resolution = 1, leaders = 2 } = options;
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const node of network.nodes) graph.addNode(node.actorId);
  for (const edge of network.edges) if (edge.weight > 0) graph.addEdge(edge.source, edge.target, { weight: edge.weight });
  if (graph.size === 0) return { coalitions: [], coalitionOf: new Map(), modularity: 0 };
  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', resolution, rng: seededRandom(seed) });

  const byId = new Map(network.nodes.map((n) => [n.actorId, n]));
  const strength = (actorId: string, community: number) =>
    graph.reduceEdges(actorId, (sum: number, _edge, attributes, source, target) => {
      const other = source === actorId ? target : source;
      return detailed.communities[other] === community ? sum + attributes.weight : sum;
    }, 0);
  const groups = new Map<number, string[]>();
  for (const [actorId, community] of Object.entries(detailed.communities)) {
    const group = groups.get(community) ?? [];
    groups.set(community, group);
    group.push(actorId);
  }
  const ranked = [...groups.entries()]
    .filter(([, members]) => members.length > 1)
    .map(([community, members]) => {
      const centrality = new Map(members.map((m) => [m, strength(m, community)]));
      const sorted = members.sort((a, b) => centrality.get(b)! - centrality.get(a)! || byId.get(b)!.claims - byId.get(a)!.claims || (a < b ? -1 : 1));
      return sorted;
    })
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));

  const coalitionOf = new Map<string, number>();
  const coalitions = ranked.map((members, index): Coalition => {
    const id = index + 1;
    for (const m of members) coalitionOf.set(m, id);
    const leanings = members.map((m) => leaning(byId.get(m)!));
    const supporters = leanings.filter((l) => l === 'supports').length;
    const opponents = leanings.filter((l) => l === 'opposes').length;
    const stance: Stance = supporters > opponents ? 'supports' : opponents > supporters ? 'opposes' : supporters > 0 ? 'mixed' : 'neutral';
    return { id, members, leaders: members.slice(0, leaders), stance, supporters, opponents };
  });
  return { coalitions, coalitionOf, modularity: detailed.modularity };
}

export interface Alignment {
  network: ActorNetwork;
  coalitions: Coalitions;
}

/** The network asked for, and the coalitions of the congruence network of the same claims (same normalisation and threshold). */
export function alignmentOf(facts: readonly ClaimFact[], options: NetworkOptions & CoalitionOptions = {}): Alignment {
  const network = actorNetwork(facts, options);
  const congruence = network.aggregation === 'congruence' ? network : actorNetwork(facts, { ...options, aggregation: 'congruence' });
  return { network, coalitions: findCoalitions(congruence, options) };
}
