import { jest } from '@jest/globals';
import { InputError } from '../../../src/errors.js';
import { getActor, getArticleTexts, listActors, listClaims, listIssues, listPositionEdges } from '../../../src/store/read.js';
import { saveBatch, saveBatches } from '../../../src/store/write.js';
import { TestGraph } from '../../helpers/graph.js';
import { actor, article, batch, claim, defence, defenceArticle, defenceOpposes, government, pm, pmSupports, sampleBatch, wireA, wireB } from '../../helpers/batch.js';

// The first queries on a freshly started server compile slowly (jest.config.js's testTimeout
// inside `projects` is not applied).
jest.setTimeout(60_000);

const graph = TestGraph.open();

beforeEach(() => graph.wipe());
afterAll(() => graph.close());

// 1 issue + 3 articles + 2 outlets + 3 actors + 2 claims
const SAMPLE_NODES = 11;
// 3 PUBLISHED_BY + 2 PART_OF + 2 MADE + 2 ABOUT + 3 IN + 2 position edges
const SAMPLE_RELATIONSHIPS = 14;

describe('saveBatch', () => {
  test('stores actors with their Arabic names, and one claim carried by two outlets as one claim in two articles', async () => {
    const result = await saveBatch(graph.store, sampleBatch());

    expect(result).toEqual({ issues: 1, articles: 3, actors: 3, claims: 2, occurrences: 3, positions: 2 });
    expect(await graph.counts()).toEqual({ nodes: SAMPLE_NODES, relationships: SAMPLE_RELATIONSHIPS });
    expect(await getActor(graph.store, 'iraq-pm')).toEqual({
      id: 'iraq-pm',
      name: 'رئيس الوزراء العراقي',
      nameAr: 'رئيس الوزراء العراقي',
      nameEn: 'Iraqi Prime Minister',
      aliases: ['السوداني', 'PM'],
      type: 'person',
      partOf: ['iraq-government'],
    });
    expect(await listIssues(graph.store)).toEqual([{ id: 'withdrawal', name: 'Withdrawal of US/coalition forces from Iraq', nameAr: 'انسحاب القوات الأمريكية' }]);

    const [stored, ...others] = await listClaims(graph.store, { actorId: 'iraq-pm', issueId: 'withdrawal' });
    expect(others).toEqual([]);
    expect(stored).toMatchObject({ id: 'claim-pm-1', stance: 'supports', quote: pmSupports.quote, qualifiers: ['gradual'], confidence: 0.9 });
    expect(stored?.occurrences.map((o) => [o.article.id, o.article.outlet])).toEqual([
      ['wire-a', 'وكالة الأنباء العراقية'],
      ['wire-b', 'السومرية نيوز'],
    ]);
    const texts = await getArticleTexts(graph.store, ['wire-a', 'wire-b']);
    for (const occurrence of stored?.occurrences ?? []) {
      expect(texts.get(occurrence.article.id)?.slice(occurrence.start, occurrence.end)).toBe(pmSupports.quote);
    }
  });

  test('saving the same batch again leaves node and relationship counts unchanged', async () => {
    await saveBatch(graph.store, sampleBatch());
    await saveBatch(graph.store, sampleBatch());
    await saveBatch(graph.store, sampleBatch(), { chunkSize: 1 });

    expect(await graph.counts()).toEqual({ nodes: SAMPLE_NODES, relationships: SAMPLE_RELATIONSHIPS });
    expect(await listPositionEdges(graph.store)).toHaveLength(2);
  });

  test('a claim seen in a later batch in another outlet gains that article instead of a second claim', async () => {
    await saveBatch(graph.store, batch({ articles: [wireA], actors: [pm, government], claims: [claim('claim-pm-1', pm, 'supports', pmSupports.quote, [wireA])] }));
    await saveBatch(graph.store, batch({ articles: [wireB], actors: [pm, government], claims: [claim('claim-pm-1', pm, 'supports', pmSupports.quote, [wireB])] }));

    const claims = await listClaims(graph.store, { actorId: 'iraq-pm', issueId: 'withdrawal' });
    expect(claims.map((c) => c.occurrences.map((o) => o.article.id))).toEqual([['wire-a', 'wire-b']]);
    expect(await listPositionEdges(graph.store)).toEqual([
      { actorId: 'iraq-pm', issueId: 'withdrawal', edge: 'SUPPORTS', claims: 1, first: '2024-01-10', last: '2024-01-11' },
    ]);
  });

  test('PART_OF links actors to the actors they belong to, and follows changes to partOf', async () => {
    await saveBatch(graph.store, sampleBatch());
    const partOf = Object.fromEntries((await listActors(graph.store)).map((a) => [a.id, a.partOf]));
    expect(partOf).toEqual({ 'iraq-pm': ['iraq-government'], 'iraq-defence-ministry': ['iraq-government'], 'iraq-government': [] });

    await saveBatch(graph.store, batch({ actors: [{ ...defence, partOf: [] }] }));
    expect((await getActor(graph.store, 'iraq-defence-ministry'))?.partOf).toEqual([]);
  });

  test('an article whose outlet changed on re-ingest is published by the new outlet only', async () => {
    await saveBatch(graph.store, sampleBatch());
    await saveBatch(graph.store, batch({ articles: [{ ...defenceArticle, outlet: 'الصباح' }] }));

    const [stored] = await listClaims(graph.store, { actorId: 'iraq-defence-ministry', issueId: 'withdrawal' });
    expect(stored?.occurrences.map((o) => o.article.outlet)).toEqual(['الصباح']);
    // One more Outlet node; the article still has exactly one PUBLISHED_BY.
    expect(await graph.counts()).toEqual({ nodes: SAMPLE_NODES + 1, relationships: SAMPLE_RELATIONSHIPS });
  });

  test('strings that look like Cypher are stored as data', async () => {
    const hostileName = `x"}) MATCH (n) DETACH DELETE n //`;
    const hostileQuote = `'}) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN $rows //`;
    const hostileArticle = article('hostile', `قال: ${hostileQuote} انتهى`, { title: 'MATCH (n) RETURN n', outlet: "O'Reilly`) //" });
    const hostile = actor('hostile-actor', { name: hostileName, aliases: ['$rows', '{id: 1}', '`backtick`'] });

    await saveBatch(graph.store, batch({ articles: [hostileArticle], actors: [hostile], claims: [claim('hostile-claim', hostile, 'opposes', hostileQuote, [hostileArticle])] }));

    expect(await graph.counts()).toEqual({ nodes: 5, relationships: 5 });
    expect(await getActor(graph.store, 'hostile-actor')).toMatchObject({ name: hostileName, aliases: ['$rows', '{id: 1}', '`backtick`'] });
    const [stored] = await listClaims(graph.store, { actorId: 'hostile-actor', issueId: 'withdrawal' });
    expect(stored?.quote).toBe(hostileQuote);
    expect(stored?.occurrences[0]?.article).toMatchObject({ title: 'MATCH (n) RETURN n', outlet: "O'Reilly`) //" });
  });

  test('a batch that refers to actors, issues or articles that exist nowhere is rejected whole', async () => {
    const orphan = claim('orphan', actor('nobody'), 'supports', pmSupports.quote, [wireA]);
    const save = saveBatch(graph.store, batch({ articles: [wireA], actors: [pm], claims: [orphan] }));

    await expect(save).rejects.toThrow(InputError);
    await expect(save).rejects.toThrow(/claim orphan: actor nobody or issue withdrawal is not in the batch or the graph/);
    await expect(save).rejects.toThrow(/actor iraq-pm: partOf iraq-government/);
    expect(await graph.counts()).toEqual({ nodes: 0, relationships: 0 });
  });

  test('a malformed batch is rejected before anything is written, with every problem and its path', async () => {
    const bad = sampleBatch();
    bad.claims = [
      { ...pmSupports, confidence: 7 },
      { ...defenceOpposes, start: 10, end: 2 },
    ];
    bad.actors.push({ ...pm, id: '' });

    const save = saveBatch(graph.store, bad);
    await expect(save).rejects.toThrow(InputError);
    await expect(save).rejects.toThrow(/claims\[0\]\.confidence/);
    await expect(save).rejects.toThrow(/claims\[1\]\.end/);
    await expect(save).rejects.toThrow(/actors\[3\]\.id/);
    expect(await graph.counts()).toEqual({ nodes: 0, relationships: 0 });
  });
});

describe('saveBatches', () => {
  /** Batches that build on each other: later ones name actors and articles only earlier ones bring, re-state a claim, and change a stance. */
  function dependentBatches() {
    const later = article('later', `وأكد رئيس الوزراء مجدداً: "${pmSupports.quote}". ثم قال "لا انسحاب قبل الاتفاق".`, { publishedAt: '2024-03-01', outlet: 'المدى' });
    return [
      sampleBatch(),
      // pm and the issue only the first batch brings.
      batch({ issues: [], articles: [later], claims: [claim('claim-pm-2', pm, 'opposes', 'لا انسحاب قبل الاتفاق', [later])] }),
      // The first claim again, now also in the later article; the ministry's claim changes its stance.
      batch({ articles: [later], actors: [pm, government, defence], claims: [claim('claim-pm-1', pm, 'supports', pmSupports.quote, [later]), { ...defenceOpposes, stance: 'mixed' }] }),
      // An article only the first batch brings.
      batch({ issues: [], actors: [defence, government], claims: [claim('claim-defence-2', defence, 'neutral', defenceOpposes.quote, [defenceArticle])] }),
    ];
  }

  async function snapshot() {
    const claims = [
      ...(await listClaims(graph.store, { actorId: 'iraq-pm', issueId: 'withdrawal' })),
      ...(await listClaims(graph.store, { actorId: 'iraq-defence-ministry', issueId: 'withdrawal' })),
    ];
    return { counts: await graph.counts(), positions: await listPositionEdges(graph.store), claims };
  }

  test('writing batches two at a time gives the graph they give one after another', async () => {
    for (const each of dependentBatches()) await saveBatch(graph.store, each);
    const oneAfterAnother = await snapshot();
    await graph.wipe();

    const finished: number[] = [];
    const results = await saveBatches(graph.store, dependentBatches(), { inFlight: 2, onSaved: (index) => finished.push(index) });

    expect(results.map((result) => result.claims)).toEqual([2, 1, 2, 1]);
    expect(finished.sort()).toEqual([0, 1, 2, 3]);
    expect(await snapshot()).toEqual(oneAfterAnother);
    expect(oneAfterAnother.positions.map((e) => [e.actorId, e.edge, e.claims])).toEqual([
      ['iraq-defence-ministry', 'MIXED_ON', 2],
      ['iraq-pm', 'MIXED_ON', 2],
    ]);
  });

  test('stops at a batch that fails and throws its error', async () => {
    const orphan = batch({ claims: [claim('orphan', actor('nobody'), 'supports', pmSupports.quote, [wireA])] });
    const save = saveBatches(graph.store, [sampleBatch(), orphan, sampleBatch(), sampleBatch()], { inFlight: 2 });

    await expect(save).rejects.toThrow(/claim orphan: actor nobody/);
    expect(await graph.counts()).toEqual({ nodes: SAMPLE_NODES, relationships: SAMPLE_RELATIONSHIPS });
  });
});
