import { groupBy, type ClaimFact } from './claims.js';

/**
 * Actor networks as the Discourse Network Analyzer (DNA, Leifeld) computes its one-mode
 * "organization × organization via concept" networks, with the issue as DNA's concept and the
 * stance as its binary agreement qualifier (supports = 1, opposes = 0). Mixed and neutral claims
 * carry no agreement value and are set aside. Each claim is one statement (a wire quote carried
 * by several outlets is one claim, as DNA's duplicate filter would count it).
 *
 * Definitions, after DNA's Exporter.computeOneModeMatrix (leifeld/dna, dna/src/main/java/export/
 * Exporter.java) and rDNA's dna_network documentation: with a[i][j][k] the number of actor i's
 * statements on concept j with qualifier k,
 *   congruence(i1, i2) = Σ_j Σ_k a[i1][j][k] · a[i2][j][k]        (same stance on the same issue)
 *   conflict(i1, i2)   = Σ_j Σ_{k≠k'} a[i1][j][k] · a[i2][j][k']  (opposite stances)
 *   subtract           = congruence − conflict
 * and the normalisations divide either by
 *   average: (n1 + n2) / 2, with n_i = Σ_j Σ_k a[i][j][k] the actor's statement count
 *   jaccard: m10 + m01 + m11, where over all cells (j, k) m10 sums a[i1] where a[i2] is 0, m01
 *            the reverse, and m11 sums a[i1]·a[i2] where both are positive
 *   cosine:  n1 · n2 (DNA's "cosine" divides by the product of the activity totals, √(n1²)·√(n2²),
 *            not by the vectors' Euclidean norms; we follow DNA so that results match its export)
 * DNA divides congruence and conflict by the same denominator, so subtract is normalised too.
 */

export const AGGREGATIONS = ['congruence', 'conflict', 'subtract'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];
export const NORMALIZATIONS = ['none', 'average', 'jaccard', 'cosine'] as const;
export type Normalization = (typeof NORMALIZATIONS)[number];

export interface NetworkOptions {
  /** @default 'congruence' */
  aggregation?: Aggregation;
  /** @default 'none' */
  normalization?: Normalization;
  /** Actors with fewer supporting or opposing claims are left out. @default 1 */
  minClaims?: number;
  /** At most this many actors, those with most claims (ties broken by id): pairs grow with its square. @default Infinity */
  maxNodes?: number;
}

export interface NetworkNode {
  actorId: string;
  /** Supporting and opposing claims (the statements the network counts). */
  claims: number;
  supports: number;
  opposes: number;
}

export interface NetworkEdge {
  /** The smaller actor id of the pair. */
  source: string;
  target: string;
  /** Unnormalised congruence count. */
  congruence: number;
  /** Unnormalised conflict count. */
  conflict: number;
  /** The aggregation, normalised. */
  weight: number;
}

export interface ActorNetwork {
  aggregation: Aggregation;
  normalization: Normalization;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/**
 * a[i][j][k] as one dense array: for actor i, cell 2·j is its supporting and cell 2·j + 1 its
 * opposing claims on issue j. Dense because a network has few issues and many actor pairs: the
 * pair loop is then plain arithmetic.
 */
interface Profiles {
  actorIds: string[];
  /** Cells per actor: 2 × issues. */
  width: number;
  counts: Float64Array;
}

function profilesOf(facts: readonly ClaimFact[]): Profiles {
  const decisive = facts.filter((f) => f.stance === 'supports' || f.stance === 'opposes');
  const actorIds = [...new Set(decisive.map((f) => f.actorId))].sort();
  const issueIndex = new Map([...new Set(decisive.map((f) => f.issueId))].map((id, i) => [id, i]));
  const actorIndex = new Map(actorIds.map((id, i) => [id, i]));
  const width = 2 * issueIndex.size;
  const counts = new Float64Array(actorIds.length * width);
  for (const f of decisive) counts[actorIndex.get(f.actorId)! * width + 2 * issueIndex.get(f.issueId)! + (f.stance === 'supports' ? 0 : 1)]!++;
  return { actorIds, width, counts };
}

/** The counts that every aggregation and normalisation of one pair is made of. */
export interface PairCounts {
  congruence: number;
  conflict: number;
  /** n1, n2: each actor's statement count. */
  n1: number;
  n2: number;
  /** Jaccard's m10 + m01 + m11. */
  jaccardDenominator: number;
}

function activity(profiles: Profiles, i: number): number {
  let n = 0;
  for (let k = 0; k < profiles.width; k++) n += profiles.counts[i * profiles.width + k]!;
  return n;
}

function pairCounts(profiles: Profiles, i: number, j: number, n1: number, n2: number): PairCounts {
  const { counts, width } = profiles;
  let congruence = 0;
  let conflict = 0;
  let jaccardDenominator = 0;
  for (let k = 0; k < width; k++) {
    const a = counts[i * width + k]!;
    const b = counts[j * width + k]!;
    congruence += a * b;
    // k ^ 1 is the other stance on the same issue.
    conflict += a * counts[j * width + (k ^ 1)]!;
    // m11 where both are positive; otherwise at most one is, and it counts towards m10 or m01.
    jaccardDenominator += a > 0 && b > 0 ? a * b : a + b;
  }
  return { congruence, conflict, n1, n2, jaccardDenominator };
}

/** DNA's denominator for a pair (see the module comment). */
export function normalizer(counts: PairCounts, normalization: Normalization): number {
  switch (normalization) {
    case 'none':
      return 1;
    case 'average':
      return (counts.n1 + counts.n2) / 2;
    case 'jaccard':
      return counts.jaccardDenominator;
    case 'cosine':
      return counts.n1 * counts.n2;
  }
}

/** One pair's tie: the aggregation over the normalisation's denominator. */
export function tieWeight(counts: PairCounts, aggregation: Aggregation, normalization: Normalization): number {
  const raw = aggregation === 'congruence' ? counts.congruence : aggregation === 'conflict' ? counts.conflict : counts.congruence - counts.conflict;
  const denominator = normalizer(counts, normalization);
  return denominator === 0 ? 0 : raw / denominator;
}

/**
 * The one-mode actor network over the claims given (select them first: issues, window,
 * outlet). Nodes are the actors with at least `minClaims` supporting or opposing claims (the
 * `maxNodes` with most), by id;
 * an edge joins two of them when the aggregation's raw count is not zero (for subtract: when
 * they share or oppose anything), ordered by source then target.
 */
export function actorNetwork(facts: readonly ClaimFact[], options: NetworkOptions = {}): ActorNetwork {
  const { aggregation = 'congruence', normalization = 'none', minClaims = 1, maxNodes = Infinity } = options;
  const profiles = profilesOf(facts);
  const active = profiles.actorIds.map((_, i) => ({ i, claims: activity(profiles, i) })).filter((a) => a.claims >= Math.max(1, minClaims));
  // actorIds are sorted, so index order breaks ties by id; the kept ones go back to id order.
  const kept = active
    .sort((a, b) => b.claims - a.claims || a.i - b.i)
    .slice(0, maxNodes)
    .map((a) => a.i)
    .sort((a, b) => a - b);
  const nodes = kept.map((i) => {
    let supports = 0;
    let opposes = 0;
    for (let k = 0; k < profiles.width; k += 2) {
      supports += profiles.counts[i * profiles.width + k]!;
      opposes += profiles.counts[i * profiles.width + k + 1]!;
    }
    return { actorId: profiles.actorIds[i]!, claims: supports + opposes, supports, opposes };
  });
  const edges: NetworkEdge[] = [];
  for (let x = 0; x < kept.length; x++) {
    for (let y = x + 1; y < kept.length; y++) {
      const counts = pairCounts(profiles, kept[x]!, kept[y]!, nodes[x]!.claims, nodes[y]!.claims);
      const tied = aggregation === 'congruence' ? counts.congruence > 0 : aggregation === 'conflict' ? counts.conflict > 0 : counts.congruence + counts.conflict > 0;
      if (!tied) continue;
      edges.push({ source: nodes[x]!.actorId, target: nodes[y]!.actorId, congruence: counts.congruence, conflict: counts.conflict, weight: tieWeight(counts, aggregation, normalization) });
    }
  }
  return { aggregation, normalization, nodes, edges };
}

export interface TwoModeEdge {
  actorId: string;
  issueId: string;
  supports: number;
  opposes: number;
  mixed: number;
  neutral: number;
  /** DNA's two-mode "subtract": supporting minus opposing statements. */
  weight: number;
}

/** The actor × issue two-mode network: one edge per actor and issue it has claims on. */
export function actorIssueNetwork(facts: readonly ClaimFact[]): TwoModeEdge[] {
  const cells = groupBy(facts, (f) => `${f.actorId}\u0000${f.issueId}`);
  return [...cells.values()]
    .map((claims) => {
      const edge: TwoModeEdge = { actorId: claims[0]!.actorId, issueId: claims[0]!.issueId, supports: 0, opposes: 0, mixed: 0, neutral: 0, weight: 0 };
      for (const claim of claims) edge[claim.stance]++;
      edge.weight = edge.supports - edge.opposes;
      return edge;
    })
    .sort((a, b) => (a.actorId === b.actorId ? (a.issueId < b.issueId ? -1 : 1) : a.actorId < b.actorId ? -1 : 1));
}
