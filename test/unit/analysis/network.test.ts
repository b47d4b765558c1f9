import { describe, expect, it } from '@jest/globals';
import { actorIssueNetwork, actorNetwork, type Aggregation, type Normalization } from '../../../src/analysis/network.js';
import { fact, facts } from './facts.js';

/*
 * Hand-computed example. A: 2 × supports i1, 1 × opposes i2 (n = 3). B: supports i1, supports i2,
 * opposes i3 (n = 3). C: opposes i1 (n = 1), plus a neutral claim the network ignores.
 *   A–B: congruence 2 (i1 both support: 2·1), conflict 1 (i2: 1·1).
 *        average (3+3)/2 = 3; cosine 3·3 = 9; Jaccard over (issue, stance) cells:
 *        (i1,s) both → 2·1 = 2, (i2,s) B only → 1, (i2,o) A only → 1, (i3,o) B only → 1: 5.
 *   A–C: congruence 0, conflict 2 (i1: 2·1); average 2, cosine 3, Jaccard (i1,s) 2 + (i1,o) 1 + (i2,o) 1 = 4.
 *   B–C: congruence 0, conflict 1; average 2, cosine 3, Jaccard 1 + 1 + 1 + 1 = 4.
 */
const example = [
  ...facts(2, 'A', 'i1', 'supports'),
  fact('A', 'i2', 'opposes'),
  fact('B', 'i1', 'supports'),
  fact('B', 'i2', 'supports'),
  fact('B', 'i3', 'opposes'),
  fact('C', 'i1', 'opposes'),
  fact('C', 'i2', 'neutral'),
  fact('C', 'i3', 'mixed'),
];

const weights = (aggregation: Aggregation, normalization: Normalization) =>
  Object.fromEntries(actorNetwork(example, { aggregation, normalization }).edges.map((e) => [`${e.source}-${e.target}`, e.weight]));

describe('DNA one-mode actor networks', () => {
  it.each<[Normalization, Record<string, number>]>([
    ['none', { 'A-B': 2 }],
    ['average', { 'A-B': 2 / 3 }],
    ['jaccard', { 'A-B': 2 / 5 }],
    ['cosine', { 'A-B': 2 / 9 }],
  ])('congruence, normalised %s', (normalization, expected) => {
    expect(weights('congruence', normalization)).toEqual(expected);
  });

  it.each<[Normalization, Record<string, number>]>([
    ['none', { 'A-B': 1, 'A-C': 2, 'B-C': 1 }],
    ['average', { 'A-B': 1 / 3, 'A-C': 1, 'B-C': 1 / 2 }],
    ['jaccard', { 'A-B': 1 / 5, 'A-C': 1 / 2, 'B-C': 1 / 4 }],
    ['cosine', { 'A-B': 1 / 9, 'A-C': 2 / 3, 'B-C': 1 / 3 }],
  ])('conflict, normalised %s', (normalization, expected) => {
    expect(weights('conflict', normalization)).toEqual(expected);
  });

  it.each<[Normalization, Record<string, number>]>([
    ['none', { 'A-B': 1, 'A-C': -2, 'B-C': -1 }],
    ['average', { 'A-B': 1 / 3, 'A-C': -1, 'B-C': -1 / 2 }],
    ['jaccard', { 'A-B': 1 / 5, 'A-C': -1 / 2, 'B-C': -1 / 4 }],
    ['cosine', { 'A-B': 1 / 9, 'A-C': -2 / 3, 'B-C': -1 / 3 }],
  ])('subtract (congruence − conflict), normalised %s', (normalization, expected) => {
    expect(weights('subtract', normalization)).toEqual(expected);
  });

  it('keeps raw congruence and conflict on every edge, and counts only supporting and opposing claims per node', () => {
    const network = actorNetwork(example, { aggregation: 'subtract', normalization: 'jaccard' });
    expect(network.edges[0]).toMatchObject({ source: 'A', target: 'B', congruence: 2, conflict: 1 });
    expect(network.nodes).toEqual([
      { actorId: 'A', claims: 3, supports: 2, opposes: 1 },
      { actorId: 'B', claims: 3, supports: 2, opposes: 1 },
      { actorId: 'C', claims: 1, supports: 0, opposes: 1 },
    ]);
  });

  it('leaves out actors with fewer claims than minClaims, and their ties', () => {
    const network = actorNetwork(example, { aggregation: 'conflict', minClaims: 2 });
    expect(network.nodes.map((n) => n.actorId)).toEqual(['A', 'B']);
    expect(network.edges.map((e) => `${e.source}-${e.target}`)).toEqual(['A-B']);
  });

  it('keeps the maxNodes actors with most claims', () => {
    expect(actorNetwork(example, { aggregation: 'conflict', maxNodes: 2 }).nodes.map((n) => n.actorId)).toEqual(['A', 'B']);
  });

  it('the two-mode actor × issue network subtracts opposing from supporting claims', () => {
    expect(actorIssueNetwork(example).filter((e) => e.actorId !== 'B')).toEqual([
      { actorId: 'A', issueId: 'i1', supports: 2, opposes: 0, mixed: 0, neutral: 0, weight: 2 },
      { actorId: 'A', issueId: 'i2', supports: 0, opposes: 1, mixed: 0, neutral: 0, weight: -1 },
      { actorId: 'C', issueId: 'i1', supports: 0, opposes: 1, mixed: 0, neutral: 0, weight: -1 },
      { actorId: 'C', issueId: 'i2', supports: 0, opposes: 0, mixed: 0, neutral: 1, weight: 0 },
      { actorId: 'C', issueId: 'i3', supports: 0, opposes: 0, mixed: 1, neutral: 0, weight: 0 },
    ]);
  });
});
