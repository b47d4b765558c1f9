import { describe, expect, it } from '@jest/globals';
import { selectClaims } from '../../../src/analysis/claims.js';
import { findCoalitions } from '../../../src/analysis/coalitions.js';
import { corroboratedPositions } from '../../../src/analysis/corroboration.js';
import { actorNetwork } from '../../../src/analysis/network.js';
import { outletLens } from '../../../src/analysis/outlets.js';
import { detectChanges, stanceSeries } from '../../../src/analysis/timeline.js';
import { fact, facts } from './facts.js';

/** Two blocs on two issues: s1–s3 support both, o1–o3 oppose both; s1 and o1 speak most. */
const blocs = [
  ...['s1', 's2', 's3'].flatMap((a) => [fact(a, 'i1', 'supports'), fact(a, 'i2', 'supports')]),
  ...['o1', 'o2', 'o3'].flatMap((a) => [fact(a, 'i1', 'opposes'), fact(a, 'i2', 'opposes')]),
  fact('s1', 'i1', 'supports'),
  fact('o1', 'i1', 'opposes'),
];

describe('coalitions (Louvain on the congruence network)', () => {
  it('finds the two blocs, named by their most central members, with their stance', () => {
    const { coalitions, coalitionOf } = findCoalitions(actorNetwork(blocs, { normalization: 'average' }));
    expect(coalitions.map(({ members, leaders, stance }) => ({ members: [...members].sort(), leaders: leaders[0], stance }))).toEqual([
      { members: ['o1', 'o2', 'o3'], leaders: 'o1', stance: 'opposes' },
      { members: ['s1', 's2', 's3'], leaders: 's1', stance: 'supports' },
    ]);
    expect(coalitionOf.get('s2')).toBe(coalitionOf.get('s3'));
    expect(coalitionOf.get('s2')).not.toBe(coalitionOf.get('o2'));
  });

  it('is deterministic: the same seed gives the same partition on a graph where ties could go either way', () => {
    const ring = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].flatMap((a, i, all) => [fact(a, `i${i}`, 'supports'), fact(all[(i + 1) % all.length]!, `i${i}`, 'supports')]);
    const network = actorNetwork(ring);
    const first = findCoalitions(network, { seed: 7 });
    for (let run = 0; run < 5; run++) expect(findCoalitions(network, { seed: 7 }).coalitions).toEqual(first.coalitions);
  });

  it('an actor tied to nobody belongs to no coalition', () => {
    const { coalitionOf } = findCoalitions(actorNetwork([...blocs, fact('loner', 'i9', 'supports')]));
    expect(coalitionOf.has('loner')).toBe(false);
  });
});

describe('stance over time and changed positions', () => {
  const switcher = [
    fact('x', 'i1', 'supports', { date: '2024-01-05', quote: 'we want them out' }),
    fact('x', 'i1', 'supports', { date: '2024-01-20', quote: 'they must leave' }),
    fact('x', 'i1', 'opposes', { date: '2024-03-01', quote: 'leaving now would be a disaster' }),
    fact('x', 'i1', 'opposes', { date: '2024-03-15', quote: 'they should stay' }),
    fact('y', 'i1', 'supports', { date: '2024-02-01' }),
    fact('y', 'i1', 'opposes', { date: '2024-02-01' }),
  ];

  it('finds the one change, explained by the last quote before it and the first after it', () => {
    const changes = detectChanges(switcher);
    expect(changes.map((c) => ({ actor: c.actorId, from: c.from, to: c.to, before: c.before.quote, after: c.after.quote, since: c.since, at: c.at }))).toEqual([
      { actor: 'x', from: 'supports', to: 'opposes', before: 'they must leave', after: 'leaving now would be a disaster', since: '2024-01-20', at: '2024-03-01' },
    ]);
  });

  it('gives the stance per month for each actor', () => {
    const series = stanceSeries(switcher, 'month', (f) => f.actorId);
    expect(series.get('x')?.map((p) => `${p.period} ${p.stance} ${p.claimCount}`)).toEqual(['2024-01 supports 2', '2024-03 opposes 2']);
    expect(series.get('y')?.map((p) => `${p.period} ${p.stance}`)).toEqual(['2024-02 mixed']);
  });
});

describe('outlets and corroboration', () => {
  const coverage = [
    fact('s1', 'i1', 'supports', { outlets: ['Partisan', 'Wire'] }),
    fact('s2', 'i1', 'supports', { outlets: ['Partisan'] }),
    fact('o1', 'i1', 'opposes', { outlets: ['Wire'], confidence: 0.5 }),
    fact('o1', 'i1', 'opposes', { outlets: ['Daily'], confidence: 0.9 }),
  ];

  it('the outlet lens shows an outlet that quotes only one side', () => {
    const lens = outletLens(coverage);
    expect(lens.map((o) => ({ outlet: o.outlet, balance: o.balance, actors: o.actors.map((a) => `${a.actorId} ${a.stance}`) }))).toEqual([
      { outlet: 'Partisan', balance: 1, actors: ['s1 supports', 's2 supports'] },
      { outlet: 'Wire', balance: 0, actors: ['o1 opposes', 's1 supports'] },
      { outlet: 'Daily', balance: -1, actors: ['o1 opposes'] },
    ]);
  });

  it('positions with confidence ≥ x carried by at least n outlets', () => {
    expect(corroboratedPositions(coverage, { minOutlets: 2 }).map((p) => `${p.actorId} ${p.stance} ${p.outlets.join('+')}`)).toEqual(['o1 opposes Daily+Wire', 's1 supports Partisan+Wire']);
    const confident = corroboratedPositions(coverage, { minConfidence: 0.7, minOutlets: 2 });
    expect(confident.map((p) => p.actorId)).toEqual(['s1']);
    expect(corroboratedPositions(coverage, { minConfidence: 0.7 }).find((p) => p.actorId === 'o1')).toMatchObject({ confidence: 0.9, outlets: ['Daily'] });
  });

  it('a time window and an outlet filter keep only the matching articles of each claim', () => {
    const dated = [fact('a', 'i1', 'supports', { date: '2024-01-01', outlets: ['X', 'Y'] }), fact('b', 'i1', 'supports', { date: '2024-02-01', outlets: ['Y'] })];
    expect(selectClaims(dated, { to: '2024-01-31' }).map((f) => f.actorId)).toEqual(['a']);
    expect(selectClaims(dated, { outlet: 'X' }).map((f) => [f.actorId, f.occurrences.map((o) => o.outlet)])).toEqual([['a', ['X']]]);
    expect(selectClaims(dated, { issues: ['i2'] })).toEqual([]);
  });
});
