import { jest } from '@jest/globals';
import { recordQueries } from '../../../src/store/run.js';
import { saveBatch, reviewClaim } from '../../../src/store/write.js';
import { TestGraph } from '../../helpers/graph.js';
import { query, testServer, type GraphQLResponse } from '../../helpers/graphql.js';
import { apiBatch } from './api-fixture.js';

jest.setTimeout(60_000);

const graph = TestGraph.open();
const yoga = testServer(graph.store);

beforeAll(async () => {
  await graph.wipe();
  await saveBatch(graph.store, apiBatch());
  // Confirmed as extracted: reviewed, same stance, so positions do not change.
  await reviewClaim(graph.store, { claimId: 'c-kataib-1', stance: 'supports', reviewedBy: 'Mona' });
});
afterAll(() => graph.close());

async function ok(source: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const result: GraphQLResponse = await query(yoga, source, variables);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>;
}

const claimIds = async (filter: Record<string, unknown>): Promise<string[]> =>
  (await ok(`query($filter: Filter) { claimsConnection(filter: $filter, first: 100) { nodes { id } } }`, { filter })).claimsConnection.nodes.map(
    (n: { id: string }) => n.id,
  );

describe('connections', () => {
  test('claimsConnection pages through every claim exactly once, earliest first', async () => {
    const all = await claimIds({});
    expect(all).toEqual(['c-pm', 'c-kataib-1', 'c-analyst-1', 'c-defence', 'c-kataib-2', 'c-analyst-2', 'c-defence-budget', 'c-kataib-budget', 'c-pm-budget']);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data = await ok(
        `query($after: String) { claimsConnection(first: 2, after: $after) {
           totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        { after },
      );
      const page = data.claimsConnection;
      expect(page.totalCount).toBe(9);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(seen).toEqual(all);
  });

  test('claim filters: outlet, dates (inclusive, date-times by their day), confidence, reviewed, stance, actor type, issue', async () => {
    expect(await claimIds({ outlet: 'شفق نيوز' })).toEqual(['c-kataib-1', 'c-kataib-2']);
    expect(await claimIds({ from: '2024-02-01', to: '2024-02-15' })).toEqual(['c-defence', 'c-kataib-2']);
    // c-pm is in wire-a (2024-01-10) and wire-b (2024-01-11): one matching article is enough.
    expect(await claimIds({ from: '2024-01-11', to: '2024-01-11' })).toEqual(['c-pm']);
    expect(await claimIds({ minConfidence: 0.85 })).toEqual(['c-pm']);
    expect(await claimIds({ reviewedOnly: true })).toEqual(['c-kataib-1']);
    expect(await claimIds({ stance: 'OPPOSES', issue: 'withdrawal' })).toEqual(['c-defence', 'c-analyst-2']);
    expect(await claimIds({ actorTypes: ['MINISTRY', 'PERSON'], issue: 'budget' })).toEqual(['c-defence-budget', 'c-pm-budget']);
    expect(await claimIds({ actor: 'kataib', issue: 'budget' })).toEqual(['c-kataib-budget']);
  });

  test('a reviewed claim says who reviewed it', async () => {
    const data = await ok(`{ claimsConnection(filter: { reviewedOnly: true }) { nodes { id rejected reviewedBy reviewedAt } } }`);
    expect(data.claimsConnection.nodes).toEqual([{ id: 'c-kataib-1', rejected: false, reviewedBy: 'Mona', reviewedAt: expect.stringMatching(/^\d{4}-/) }]);
  });

  test('positionsConnection: most claims first; stance and claim filters select positions, claims stay whole', async () => {
    const data = await ok(`{
      all: positionsConnection(first: 100) { totalCount nodes { actor { id } issue { id } stance claimCount } }
      supporters: positionsConnection(filter: { issue: "withdrawal", stance: SUPPORTS }) { totalCount nodes { actor { id } claims { id } } }
      inFebruary: positionsConnection(filter: { issue: "withdrawal", from: "2024-02-01", to: "2024-02-29" }) { nodes { actor { id } stance } }
      factions: positionsConnection(filter: { actorTypes: [FACTION] }, first: 1) { totalCount pageInfo { hasNextPage } nodes { issue { id } } }
    }`);
    expect(data.all.totalCount).toBe(7);
    expect(data.all.nodes.slice(0, 2)).toEqual([
      { actor: { id: 'analyst' }, issue: { id: 'withdrawal' }, stance: 'MIXED', claimCount: 2 },
      { actor: { id: 'kataib' }, issue: { id: 'withdrawal' }, stance: 'SUPPORTS', claimCount: 2 },
    ]);
    expect(data.supporters).toEqual({
      totalCount: 2,
      nodes: [
        { actor: { id: 'kataib' }, claims: [{ id: 'c-kataib-1' }, { id: 'c-kataib-2' }] },
        { actor: { id: 'pm' }, claims: [{ id: 'c-pm' }] },
      ],
    });
    expect(data.inFebruary.nodes).toEqual([
      { actor: { id: 'analyst' }, stance: 'MIXED' },
      { actor: { id: 'kataib' }, stance: 'SUPPORTS' },
      { actor: { id: 'defence' }, stance: 'OPPOSES' },
    ]);
    expect(data.factions).toEqual({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ issue: { id: 'withdrawal' } }] });
  });

  test('actorsConnection: every actor by name, or those with a matching position', async () => {
    const data = await ok(`{
      all: actorsConnection { totalCount nodes { id } }
      opponents: actorsConnection(filter: { stance: OPPOSES }) { nodes { id } }
      governments: actorsConnection(filter: { actorTypes: [GOVERNMENT] }) { nodes { id } }
      reviewed: actorsConnection(filter: { reviewedOnly: true }) { nodes { id } }
    }`);
    expect(data.all).toEqual({ totalCount: 5, nodes: ['analyst', 'defence', 'government', 'kataib', 'pm'].map((id) => ({ id })) });
    expect(data.opponents.nodes).toEqual([{ id: 'defence' }, { id: 'kataib' }]);
    expect(data.governments.nodes).toEqual([{ id: 'government' }]);
    expect(data.reviewed.nodes).toEqual([{ id: 'kataib' }]);
  });

  test('bad page arguments are BAD_USER_INPUT: a foreign cursor, too large a page, an impossible date range', async () => {
    const actorsPage = await ok(`{ actorsConnection(first: 1) { pageInfo { endCursor } } }`);
    const results = await Promise.all([
      query(yoga, `query($after: String) { claimsConnection(after: $after) { totalCount } }`, { after: actorsPage.actorsConnection.pageInfo.endCursor }),
      query(yoga, `{ claimsConnection(first: 101) { totalCount } }`),
      query(yoga, `{ claimsConnection(filter: { from: "2024-03-01", to: "2024-02-01" }) { totalCount } }`),
      query(yoga, `{ claimsConnection(filter: { from: "2024-02-30" }) { totalCount } }`),
      query(yoga, `{ claimsConnection(filter: { minConfidence: 1.5 }) { totalCount } }`),
    ]);
    for (const result of results) expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(results[1]?.errors?.[0]?.message).toContain('first: must be at most 100');
    expect(results[2]?.errors?.[0]?.message).toContain('filter.to: must not be before `from`');
  });
});

describe('dashboard views', () => {
  test('stanceMatrix: actors × issues in the order asked, with claim counts by stance', async () => {
    const data = await ok(`{
      stanceMatrix(issues: ["withdrawal", "budget"]) {
        issues { id }
        rows { actor { id } cells { issue { id } stance claimCount supports opposes mixed neutral } }
      }
      people: stanceMatrix(issues: ["budget", "withdrawal"], actorTypes: [PERSON]) { rows { actor { id } cells { stance } } }
    }`);
    const cell = (issue: string, stance: string | null, supports: number, opposes: number) => ({
      issue: { id: issue },
      stance,
      claimCount: supports + opposes,
      supports,
      opposes,
      mixed: 0,
      neutral: 0,
    });
    expect(data.stanceMatrix).toEqual({
      issues: [{ id: 'withdrawal' }, { id: 'budget' }],
      rows: [
        { actor: { id: 'analyst' }, cells: [cell('withdrawal', 'MIXED', 1, 1), cell('budget', null, 0, 0)] },
        { actor: { id: 'defence' }, cells: [cell('withdrawal', 'OPPOSES', 0, 1), cell('budget', 'SUPPORTS', 1, 0)] },
        { actor: { id: 'kataib' }, cells: [cell('withdrawal', 'SUPPORTS', 2, 0), cell('budget', 'OPPOSES', 0, 1)] },
        { actor: { id: 'pm' }, cells: [cell('withdrawal', 'SUPPORTS', 1, 0), cell('budget', 'SUPPORTS', 1, 0)] },
      ],
    });
    expect(data.people.rows).toEqual([{ actor: { id: 'pm' }, cells: [{ stance: 'SUPPORTS' }, { stance: 'SUPPORTS' }] }]);
  });

  test('alignment on one issue: allies share, opposite sides oppose, the mixed actor is a node without edges', async () => {
    const data = await ok(`{ alignment(issue: "withdrawal") { nodes { id stance claimCount group actor { name } } edges { source target shared opposed weight claims } } }`);
    expect(data.alignment.nodes).toEqual([
      { id: 'analyst', stance: 'MIXED', claimCount: 2, group: 'analyst', actor: { name: 'Analyst One' } },
      { id: 'kataib', stance: 'SUPPORTS', claimCount: 2, group: 'faction', actor: { name: 'Kataib' } },
      { id: 'defence', stance: 'OPPOSES', claimCount: 1, group: 'ministry', actor: { name: 'Defence' } },
      { id: 'pm', stance: 'SUPPORTS', claimCount: 1, group: 'person', actor: { name: 'PM' } },
    ]);
    expect(data.alignment.edges).toEqual([
      { source: 'defence', target: 'kataib', shared: 0, opposed: 1, weight: -1, claims: 1 },
      { source: 'defence', target: 'pm', shared: 0, opposed: 1, weight: -1, claims: 1 },
      { source: 'kataib', target: 'pm', shared: 1, opposed: 0, weight: 1, claims: 1 },
    ]);
  });

  test('alignment across issues adds up: PM and Defence disagree on withdrawal and agree on the budget', async () => {
    const data = await ok(`{ alignment(maxNodes: 3) { nodes { id stance } edges { source target shared opposed weight } } }`);
    // The three with most claims: Kataib 3, Analyst 2, Defence 2 (PM 2 too, but "pm" sorts after "defence").
    expect(data.alignment.nodes).toEqual([
      { id: 'kataib', stance: null },
      { id: 'analyst', stance: null },
      { id: 'defence', stance: null },
    ]);
    expect(data.alignment.edges).toEqual([{ source: 'defence', target: 'kataib', shared: 0, opposed: 2, weight: -2 }]);

    const all = await ok(`{ alignment { edges { source target shared opposed weight } } }`);
    expect(all.alignment.edges).toEqual([
      { source: 'defence', target: 'kataib', shared: 0, opposed: 2, weight: -2 },
      { source: 'defence', target: 'pm', shared: 1, opposed: 1, weight: 0 },
      { source: 'kataib', target: 'pm', shared: 1, opposed: 1, weight: 0 },
    ]);
  });

  test('timeline: stance per month for everyone, and an actor who changed sides', async () => {
    const data = await ok(`{
      all: timeline(issue: "withdrawal") { period start end stance claimCount supports opposes mixed neutral actors }
      analyst: timeline(issue: "withdrawal", actor: "analyst", interval: MONTH) { period stance }
      weeks: timeline(issue: "withdrawal", actor: "kataib", interval: WEEK) { period start end }
      quarters: timeline(issue: "budget", interval: QUARTER) { period start end claimCount }
    }`);
    expect(data.all).toEqual([
      { period: '2024-01', start: '2024-01-01', end: '2024-01-31', stance: 'SUPPORTS', claimCount: 3, supports: 3, opposes: 0, mixed: 0, neutral: 0, actors: 3 },
      { period: '2024-02', start: '2024-02-01', end: '2024-02-29', stance: 'MIXED', claimCount: 3, supports: 1, opposes: 2, mixed: 0, neutral: 0, actors: 3 },
    ]);
    expect(data.analyst).toEqual([
      { period: '2024-01', stance: 'SUPPORTS' },
      { period: '2024-02', stance: 'OPPOSES' },
    ]);
    // 2024-01-20 is a Saturday, 2024-02-15 a Thursday: weeks start on Monday.
    expect(data.weeks).toEqual([
      { period: '2024-01-15', start: '2024-01-15', end: '2024-01-21' },
      { period: '2024-02-12', start: '2024-02-12', end: '2024-02-18' },
    ]);
    expect(data.quarters).toEqual([{ period: '2024-Q1', start: '2024-01-01', end: '2024-03-31', claimCount: 3 }]);
  });

  test('search folds Arabic: إياد is found as اياد and آياد, quotes by their words', async () => {
    for (const text of ['إياد', 'اياد', 'آياد']) {
      const data = await ok(`query($text: String!) { search(text: $text) { actors { actor { id } score } } }`, { text });
      expect(data.search.actors.map((hit: { actor: { id: string } }) => hit.actor.id)).toEqual(['analyst']);
    }
    const quotes = await ok(`{ search(text: "المرحله الحاليه") { claims { claim { id actor { id } article { outlet } } score } } }`);
    expect(quotes.search.claims).toEqual([{ claim: { id: 'c-defence', actor: { id: 'defence' }, article: { outlet: 'السومرية نيوز' } }, score: expect.any(Number) }]);

    // Lucene syntax is searched for, not interpreted.
    expect(await ok(`{ search(text: "!!! OR *") { actors { score } claims { score } } }`)).toEqual({ search: { actors: [], claims: [] } });
    const empty = await query(yoga, `{ search(text: "   ") { actors { score } } }`);
    expect(empty.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('nested reads are batched', () => {
  test('actors → positions → claims → article, actor and issue: two round trips for the whole graph', async () => {
    const { result, log } = await recordQueries(() =>
      query(yoga, `{ actors { id positions { stance issue { name } claims { quote actor { name } issue { id } article { outlet } } } } }`),
    );
    expect(result.errors).toBeUndefined();
    expect((result.data?.actors as unknown[]).length).toBe(5);
    expect(log.queries).toEqual(['read/actors', 'read/actors-with-positions']);
  });

  test('one actor → positions → claims → article text: two round trips, the actor read with its positions', async () => {
    const { result, log } = await recordQueries(() =>
      query(yoga, `{ actor(id: "kataib") { positions { claims { quote article { text outlet } } } } }`),
    );
    expect(result.errors).toBeUndefined();
    expect(log.queries).toEqual(['read/actors-with-positions', 'read/article-texts-by-id']);
  });

  test('a page of claims with their actors and those actors’ positions: four round trips', async () => {
    const { result, log } = await recordQueries(() =>
      query(yoga, `{ claimsConnection(first: 9) { nodes { actor { name positions { stance } } issue { name } } } }`),
    );
    expect(result.errors).toBeUndefined();
    // Actors and issues are loaded in the same tick, in either order.
    expect([...log.queries].sort()).toEqual(['read/actors-by-id', 'read/actors-with-positions', 'read/claims-page', 'read/issues-by-id']);
    expect(log.queries[0]).toBe('read/claims-page');
  });
});
