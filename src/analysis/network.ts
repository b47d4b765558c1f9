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

/** a[i][j][k]: per actor, per issue, supporting and opposing statements. */
type Profile = Map<string, { supports: number; opposes: number }>;

function profilesOf(facts: readonly ClaimFact[]): Map<string, Profile> {
  const profiles = new Map<string, Profile>();
  for (const fact of facts) {
    if (fact.stance !== 'supports' && fact.stance !== 'opposes') continue;
    const profile = profiles.get(fact.actorId) ?? new Map();
    profiles.set(fact.actorId, profile);
    const cell = profile.get(fact.issueId) ?? { supports: 0, opposes: 0 };
    profile.set(fact.issueId, cell);
    cell[fact.stance]++;
  }
  return profiles;
}

function activity(profile: Profile): number {
  let n = 0;
  for (const cell of profile.values()) n += cell.supports + cell.opposes;
  return n;
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

function pairCounts(p1: Profile, p2: Profile): PairCounts {
  let congruence = 0;
  let conflict = 0;
  let jaccardDenominator = 0;
  const empty = { supports: 0, opposes: 0 };
  for (const issue of new Set([...p1.keys(), ...p2.keys()])) {
    const a = p1.get(issue) ?? empty;
    const b = p2.get(issue) ?? empty;
    congruence += a.supports * b.supports + a.opposes * b.opposes;
    conflict += a.supports * b.opposes + a.opposes * b.supports;
    for (const k of ['supports', 'opposes'] as const) {
      if (b[k] === 0) jaccardDenominator += a[k];
      if (a[k] === 0) jaccardDenominator += b[k];
      if (a[k] > 0 && b[k] > 0) jaccardDenominator += a[k] * b[k];
    }
  }
  return { congruence, conflict, n1: activity(p1), n2: activity(p2), jaccardDenominator };
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
 * outlet). Nodes are the actors with at least `minClaims` supporting or opposing claims, by id;
 * an edge joins two of them when the aggregation's raw count is not zero (for subtract: when
 * they share or oppose anything), ordered by source then target.
 */
export function actorNetwork(facts: readonly ClaimFact[], options: NetworkOptions = {}): ActorNetwork {
  const { aggregation = 'congruence', normalization = 'none', minClaims = 1 } = options;
  const profiles = [...profilesOf(facts)].filter(([, profile]) => activity(profile) >= Math.max(1, minClaims)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const nodes = profiles.map(([actorId, profile]) => {
    let supports = 0;
    let opposes = 0;
    for (const cell of profile.values()) {
      supports += cell.supports;
      opposes += cell.opposes;
    }
    return { actorId, claims: supports + opposes, supports, opposes };
  });
  const edges: NetworkEdge[] = [];
  for (let i = 0; i < profiles.length; i++) {
    for (let j = i + 1; j < profiles.length; j++) {
      const [source, p1] = profiles[i]!;
      const [target, p2] = profiles[j]!;
      const counts = pairCounts(p1, p2);
      const tied = aggregation === 'congruence' ? counts.congruence > 0 : aggregation === 'conflict' ? counts.conflict > 0 : counts.congruence + counts.conflict > 0;
      if (!tied) continue;
      edges.push({ source, target, congruence: counts.congruence, conflict: counts.conflict, weight: tieWeight(counts, aggregation, normalization) });
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
