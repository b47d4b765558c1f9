import { readFileSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { alignmentOf } from '../../../src/analysis/coalitions.js';
import { findProjectRoot } from '../../../src/config/env.js';
import { readSelectedClaims, writeAlignment } from '../../../src/store/read-discourse.js';
import { toJsonLd } from '../../../src/cli/commands/export.js';
import { readGraphExport } from '../../../src/store/export.js';
import { saveBatch } from '../../../src/store/write.js';
import { runCli } from '../../helpers/cli.js';
import { TestGraph } from '../../helpers/graph.js';
import { query, testServer, type GraphQLResponse } from '../../helpers/graphql.js';
import { blocsBatch, O, S } from './blocs-fixture.js';

jest.setTimeout(60_000);

const graph = TestGraph.open();
const yoga = testServer(graph.store);

beforeAll(async () => {
  await graph.wipe();
  await saveBatch(graph.store, blocsBatch());
});
afterAll(() => graph.close());

async function ok(source: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const result: GraphQLResponse = await query(yoga, source, variables);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>;
}

const NETWORK = `query($filter: DiscourseFilter, $aggregation: Aggregation, $normalization: Normalization, $minClaims: Int) {
  discourseNetwork(filter: $filter, aggregation: $aggregation, normalization: $normalization, minClaims: $minClaims) {
    aggregation normalization modularity
    nodes { id claims coalition }
    edges { source target weight congruence conflict }
    coalitions { id name stance supporters opponents leaders { id } members { id } }
  }
}`;

const sorted = (ids: readonly string[]) => [...ids].sort();
const pair = (a: string, b: string) => (a < b ? `${a}-${b}` : `${b}-${a}`);

describe('discourse network over GraphQL', () => {
  test('January: two blocs, the switcher with the supporters; congruence ties only inside each bloc', async () => {
    const { discourseNetwork: net } = await ok(NETWORK, { filter: { issues: ['withdrawal'], to: '2024-01-31' } });
    const edges = new Set(net.edges.map((e: { source: string; target: string }) => pair(e.source, e.target)));
    const supporters = [...S, 'switcher'];
    for (const a of supporters) for (const b of supporters) if (a < b) expect(edges.has(pair(a, b))).toBe(true);
    for (const a of supporters) for (const b of O) expect(edges.has(pair(a, b))).toBe(false);
    expect(net.coalitions.map((c: any) => ({ members: sorted(c.members.map((m: { id: string }) => m.id)), stance: c.stance }))).toEqual([
      { members: sorted(supporters), stance: 'SUPPORTS' },
      { members: sorted(O), stance: 'OPPOSES' },
    ]);
    expect(net.coalitions[0].name).toBe(net.coalitions[0].leaders.map((l: { id: string }) => `Name of ${l.id}`).join(' – '));
    expect(net.modularity).toBeGreaterThan(0.3);
  });

  test('March: the switcher has crossed over to the opponents', async () => {
    const { discourseNetwork: net } = await ok(NETWORK, { filter: { issues: ['withdrawal'], from: '2024-03-01' } });
    const coalitionOf = new Map(net.nodes.map((n: { id: string; coalition: number }) => [n.id, n.coalition]));
    expect(coalitionOf.get('switcher')).toBe(coalitionOf.get('defence'));
    expect(coalitionOf.get('switcher')).not.toBe(coalitionOf.get('pm'));
  });

  test('conflict and subtract across both issues, normalised by average activity: allies positive, opponents negative', async () => {
    const { discourseNetwork: net } = await ok(NETWORK, { aggregation: 'SUBTRACT', normalization: 'AVERAGE', filter: { issues: ['withdrawal', 'security-agreement'] } });
    expect(net).toMatchObject({ aggregation: 'SUBTRACT', normalization: 'AVERAGE' });
    const weight = (a: string, b: string) => net.edges.find((e: any) => pair(e.source, e.target) === pair(a, b))?.weight;
    // pm and kataib: 2 supporting claims on withdrawal and 1 opposing on the agreement each, n = 3:
    // congruence 2·2 + 1·1 = 5, conflict 0; average (3 + 3) / 2 = 3. pm and defence: the mirror image.
    expect(weight('pm', 'kataib')).toBeCloseTo(5 / 3);
    expect(weight('pm', 'defence')).toBeCloseTo(-5 / 3);
    const conflict = await ok(NETWORK, { aggregation: 'CONFLICT', filter: { issues: ['withdrawal'] }, minClaims: 2 });
    expect(conflict.discourseNetwork.nodes.map((n: { id: string }) => n.id)).toEqual(sorted([...S, ...O, 'switcher']));
    expect(conflict.discourseNetwork.edges.find((e: any) => pair(e.source, e.target) === pair('pm', 'defence'))).toMatchObject({ congruence: 0, conflict: 4, weight: 4 });
  });

  test('an outlet filter: Partisan TV alone shows only bloc S', async () => {
    const { discourseNetwork: net } = await ok(NETWORK, { filter: { outlet: 'Partisan TV' } });
    expect(sorted(net.nodes.map((n: { id: string }) => n.id))).toEqual(sorted(S));
  });

  test('GraphML export of the network', async () => {
    const { discourseNetwork } = await ok(`{ discourseNetwork(filter: { issues: ["withdrawal"] }) { graphml } }`);
    const graphml: string = discourseNetwork.graphml;
    expect(graphml).toMatch(/^<\?xml/);
    expect(graphml.match(/<node /g)).toHaveLength(7);
    expect(graphml).toContain('<data key="label">Name of pm</data>');
  });

  test('bad arguments are refused with BAD_USER_INPUT', async () => {
    const result = await query(yoga, `{ discourseNetwork(minClaims: 0, filter: { from: "2024-03-01", to: "2024-01-01" }) { nodes { id } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/filter\.to: must not be before `from`.*minClaims: must be at least 1/);
  });
});

describe('changes, time, outlets, corroboration', () => {
  test('the switcher is the one changed position, explained by the quotes before and after', async () => {
    const { stanceChanges } = await ok(`{ stanceChanges { actor { id } issue { id } from to since at before { quote article { url publishedAt } } after { quote } } }`);
    expect(stanceChanges).toEqual([
      {
        actor: { id: 'switcher' },
        issue: { id: 'withdrawal' },
        from: 'SUPPORTS',
        to: 'OPPOSES',
        since: '2024-01-12',
        at: '2024-03-12',
        before: { quote: 'switcher supports withdrawal on 2024-01-12', article: { url: 'https://news.test/switcher/2024-01-12', publishedAt: '2024-01-12' } },
        after: { quote: 'switcher opposes withdrawal on 2024-03-12' },
      },
    ]);
  });

  test('stance over time per actor and per coalition', async () => {
    const { stanceOverTime } = await ok(`{ stanceOverTime(filter: { issues: ["withdrawal"] }) {
      actors { actor { id } points { period stance claimCount } }
      coalitions { coalition { stance members { id } } points { period stance claimCount actors } } } }`);
    expect(stanceOverTime.actors.find((s: any) => s.actor.id === 'switcher').points).toEqual([
      { period: '2024-01', stance: 'SUPPORTS', claimCount: 1 },
      { period: '2024-03', stance: 'OPPOSES', claimCount: 1 },
    ]);
    const supporters = stanceOverTime.coalitions.find((c: any) => c.coalition.members.some((m: { id: string }) => m.id === 'pm'));
    // The switcher is tied equally to both blocs over the whole period; in the supporters' coalition its March turn makes March mixed.
    const withSwitcher = supporters.coalition.members.some((m: { id: string }) => m.id === 'switcher');
    expect(supporters.points.map((p: any) => `${p.period} ${p.stance}`)).toEqual(['2024-01 SUPPORTS', `2024-03 ${withSwitcher ? 'MIXED' : 'SUPPORTS'}`]);
  });

  test('the outlet lens shows the one-sided outlet', async () => {
    const { outletLens } = await ok(`{ outletLens(filter: { issues: ["withdrawal"] }) { outlet balance counts { supports opposes } actors { actor { id } stance claims } } }`);
    const partisan = outletLens.find((o: { outlet: string }) => o.outlet === 'Partisan TV');
    expect(partisan).toMatchObject({ balance: 1, counts: { supports: 6, opposes: 0 } });
    expect(sorted(partisan.actors.map((a: any) => a.actor.id))).toEqual(sorted(S));
    expect(outletLens.find((o: { outlet: string }) => o.outlet === 'Daily')).toMatchObject({ balance: -1, counts: { supports: 0 } });
    expect(outletLens.find((o: { outlet: string }) => o.outlet === 'Wire').balance).toBeCloseTo((7 - 4) / 11);
  });

  test('only positions with confidence ≥ 0.7 and at least 2 outlets', async () => {
    const { corroboratedPositions } = await ok(`{ corroboratedPositions(filter: { issues: ["withdrawal"] }, minConfidence: 0.7, minOutlets: 2) {
      actor { id } stance confidence outletCount outlets claims { id } } }`);
    // sadr is unsure (0.5), the embassy was carried by Daily alone; the switcher by Wire and Daily, but MIXED.
    expect(sorted(corroboratedPositions.map((p: any) => `${p.actor.id} ${p.stance} ${p.outletCount}`))).toEqual(
      sorted(['pm SUPPORTS 2', 'kataib SUPPORTS 2', 'defence OPPOSES 2', 'kdp OPPOSES 2', 'switcher MIXED 2']),
    );
    expect(corroboratedPositions[0].confidence).toBeCloseTo(0.85);
  });

  test('the actor × issue two-mode network', async () => {
    const { actorIssueNetwork } = await ok(`{ actorIssueNetwork { actor { id } issue { id } counts { supports opposes } weight stance } }`);
    expect(actorIssueNetwork.filter((e: any) => e.actor.id === 'pm')).toEqual([
      { actor: { id: 'pm' }, issue: { id: 'security-agreement' }, counts: { supports: 0, opposes: 1 }, weight: -1, stance: 'OPPOSES' },
      { actor: { id: 'pm' }, issue: { id: 'withdrawal' }, counts: { supports: 2, opposes: 0 }, weight: 2, stance: 'SUPPORTS' },
    ]);
  });
});

describe('written back for Neo4j Browser', () => {
  test('ALIGNED_WITH edges replace the previous ones of their scope, and the saved Browser query shows them', async () => {
    const facts = await readSelectedClaims(graph.store, { issues: ['withdrawal'], to: '2024-01-31' });
    const alignment = alignmentOf(facts, { normalization: 'jaccard' });
    expect(await writeAlignment(graph.store, 'withdrawal', alignment.network, alignment.coalitions)).toBe(alignment.network.edges.length);
    expect(await writeAlignment(graph.store, 'withdrawal', alignment.network, alignment.coalitions)).toBe(alignment.network.edges.length);
    const text = readFileSync(path.join(findProjectRoot(), 'cypher', 'browser', 'aligned-with.cypher'), 'utf8');
    expect(text).toMatch(/^\/\/ First run {3}:param scope => 'withdrawal'$/m);
    const { records } = await graph.store.driver.executeQuery(text, { scope: 'withdrawal' });
    // Four supporters make 6 ties, three opponents 3.
    expect(records).toHaveLength(9);
    const first = records[0]!.get('r') as { properties: Record<string, unknown> };
    expect(first.properties).toMatchObject({ scope: 'withdrawal', aggregation: 'congruence', normalization: 'jaccard', weight: 1 });
    expect(typeof first.properties['coalition']).not.toBe('undefined');
  });
});

describe('CLI and provenance', () => {
  test('analyse alignment --write prints the coalitions and writes the ties', async () => {
    const result = await runCli(['analyse', 'alignment', '--issue', 'withdrawal', '--to', '2024-01-31', '--normalization', 'average', '--write']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^congruence network \(average normalisation\), scope withdrawal: 7 actors, 9 ties$/m);
    expect(result.stdout).toMatch(/^ {2}1\. Name of \w+ – Name of \w+ — supports, 4 members: /m);
    expect(result.stdout).toContain('wrote 9 ALIGNED_WITH edges (scope withdrawal)');
    const graphml = await runCli(['analyse', 'alignment', '--format', 'graphml', '--aggregation', 'conflict']);
    expect(graphml.stdout).toContain('<data key="aggregation">conflict</data>');
    const bad = await runCli(['analyse', 'alignment', '--normalization', 'euclid']);
    expect(bad).toMatchObject({ code: 1, stderr: expect.stringContaining('say --normalization none, average, jaccard or cosine') });
  });

  test("the JSON-LD export carries each claim's article URL and date", async () => {
    const doc = JSON.parse(toJsonLd(await readGraphExport(graph.store))) as { '@graph': Record<string, any>[] };
    const claim = doc['@graph'].find((n) => n.identifier === 'c-switcher-withdrawal-2024-03-12')!;
    expect(claim.appearance).toEqual([
      {
        '@type': 'Quotation',
        text: 'switcher opposes withdrawal on 2024-03-12',
        startOffset: 9,
        endOffset: 50,
        isPartOf: expect.objectContaining({ url: 'https://news.test/switcher/2024-03-12', datePublished: '2024-03-12', publisher: { '@type': 'Organization', name: 'Daily' } }),
      },
    ]);
  });
});
