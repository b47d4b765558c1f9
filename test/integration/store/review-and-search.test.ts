import { jest } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findProjectRoot } from '../../../src/config/env.js';
import { InputError, NotFoundError } from '../../../src/errors.js';
import type { Stance } from '../../../src/ingest/model.js';
import { getActor, listActors, listClaims, listPositionEdges } from '../../../src/store/read.js';
import { STANCE_EDGE, type PositionEdgeRecord } from '../../../src/store/records.js';
import { addActorAlias, mergeActors } from '../../../src/store/review.js';
import { applySchema } from '../../../src/store/schema.js';
import { searchText } from '../../../src/store/search.js';
import { reviewClaim, saveBatch } from '../../../src/store/write.js';
import { actor, article, batch, claim, defence, government, pm, sampleBatch, wireA } from '../../helpers/batch.js';
import { TestGraph } from '../../helpers/graph.js';

jest.setTimeout(60_000);

const graph = TestGraph.open();

beforeEach(() => graph.wipe());
afterAll(() => graph.close());

/** The position rule, applied in TypeScript to the claims as read back: what the typed edges must say. */
async function expectEdgesToAgreeWithClaims(): Promise<void> {
  const expected: Omit<PositionEdgeRecord, 'first' | 'last'>[] = [];
  for (const a of await listActors(graph.store)) {
    const claims = await listClaims(graph.store, { actorId: a.id, issueId: 'withdrawal' });
    if (claims.length === 0) continue;
    const decisive = claims.map((c) => c.stance).filter((s) => s !== 'neutral');
    const stance: Stance =
      decisive.length === 0 ? 'neutral' : decisive.every((s) => s === 'supports') ? 'supports' : decisive.every((s) => s === 'opposes') ? 'opposes' : 'mixed';
    expected.push({ actorId: a.id, issueId: 'withdrawal', edge: STANCE_EDGE[stance], claims: claims.length });
  }
  const stored = (await listPositionEdges(graph.store)).map(({ first: _f, last: _l, ...edge }) => edge);
  expect(stored).toEqual(expected.sort((x, y) => x.actorId.localeCompare(y.actorId)));
}

// A second actor spelled with hamza-under alef, and a quote naming the PM with diacritics.
const allawiQuote = 'إن السُّودانيّ يريد جدولاً زمنياً للانسحاب';
const allawi = actor('allawi', { name: 'إياد علاوي', nameAr: 'إياد علاوي', nameEn: 'Ayad Allawi', type: 'person' });
const allawiArticle = article('allawi-1', `وقال علاوي: "${allawiQuote}".`, { outlet: 'المدى', publishedAt: '2024-02-10' });
const allawiClaim = claim('claim-allawi-1', allawi, 'mixed', allawiQuote, [allawiArticle]);

function searchBatch() {
  const base = sampleBatch();
  return { ...base, articles: [...base.articles, allawiArticle], actors: [...base.actors, allawi], claims: [...base.claims, allawiClaim] };
}

describe('full-text search', () => {
  test('finds السوداني by سوداني, whatever the alef form and diacritics on either side', async () => {
    await saveBatch(graph.store, searchBatch());

    for (const query of ['سوداني', 'السوداني', 'السُّودَانِيّ', 'سودانى']) {
      const found = await searchText(graph.store, query);
      expect(found.actors.map((hit) => hit.id)).toEqual(['iraq-pm']);
      expect(found.claims.map((hit) => [hit.id, hit.actorId])).toEqual([['claim-allawi-1', 'allawi']]);
    }
    // إياد stored with hamza-under alef; searched with a bare alef, a madda and an English name.
    for (const query of ['اياد علاوي', 'آياد', 'أياد', 'allawi']) {
      expect((await searchText(graph.store, query)).actors.map((hit) => hit.id)).toEqual(['allawi']);
    }
    // Ta marbuta and ya: الحكومة stored, searched as الحكومه.
    expect((await searchText(graph.store, 'الحكومه العراقيه')).actors.map((hit) => hit.id)).toEqual(['iraq-government']);
  });

  test('a quote is found the moment its batch is written, though the index is updated after the commit', async () => {
    // Enough quotes that Neo4j is still indexing them when the search starts, unless it waits.
    const speaker = actor('speaker', { name: 'متحدث', type: 'official' });
    const quotes = Array.from({ length: 3000 }, (_, n) => `إن المهمة رقم ${n} تنتهي في موعدها`);
    quotes.push('إن الإنسحاب الكامل قرار نهائي');
    const articles = quotes.map((quote, n) => article(`a-${n}`, `قال: "${quote}".`));
    const claims = quotes.map((quote, n) => claim(`c-${n}`, speaker, 'supports', quote, [articles[n]!]));
    await saveBatch(graph.store, batch({ articles, actors: [speaker], claims }));
    // Written with hamza-under alef, searched with a bare one.
    expect((await searchText(graph.store, 'الانسحاب')).claims.map((hit) => hit.id)).toEqual([`c-${quotes.length - 1}`]);
  });

  test('every word must occur; Lucene syntax is searched for, not run; empty queries are bad input', async () => {
    await saveBatch(graph.store, searchBatch());
    expect((await searchText(graph.store, 'سوداني واشنطن')).actors).toEqual([]);
    expect(await searchText(graph.store, 'سوداني AND (x OR y:*)')).toEqual({ actors: [], claims: [] });
    await expect(searchText(graph.store, ' ً ')).rejects.toThrow(InputError);
  });

  test('rejected claims are not found; reviewed aliases are, and survive re-ingest', async () => {
    await saveBatch(graph.store, searchBatch());
    await reviewClaim(graph.store, { claimId: 'claim-allawi-1', reviewedBy: 'analyst', rejected: true });
    expect((await searchText(graph.store, 'جدولا زمنيا')).claims).toEqual([]);

    await addActorAlias(graph.store, { actorId: 'iraq-defence-ministry', alias: 'وزارة الدّفاع', reviewedBy: 'analyst' });
    await saveBatch(graph.store, searchBatch());
    expect((await searchText(graph.store, 'وزاره الدفاع')).actors.map((hit) => hit.id)).toEqual(['iraq-defence-ministry']);
    expect((await getActor(graph.store, 'iraq-defence-ministry'))?.aliases).toEqual(['وزارة الدّفاع']);
  });
});

describe('reviews', () => {
  test('a review survives re-ingest: stance, rejection and alias, each with reviewedBy and reviewedAt', async () => {
    await saveBatch(graph.store, searchBatch());
    const at = new Date('2024-05-01T10:00:00Z');
    await reviewClaim(graph.store, { claimId: 'claim-pm-1', reviewedBy: 'mona', reviewedAt: at, stance: 'mixed' });
    await reviewClaim(graph.store, { claimId: 'claim-defence-1', reviewedBy: 'ali', reviewedAt: at, rejected: true });
    await addActorAlias(graph.store, { actorId: 'iraq-pm', alias: 'محمد شياع', reviewedBy: 'mona', reviewedAt: at });
    const counts = await graph.counts();

    await saveBatch(graph.store, searchBatch());
    await saveBatch(graph.store, searchBatch());

    expect(await graph.counts()).toEqual(counts);
    const [pmClaim] = await listClaims(graph.store, { actorId: 'iraq-pm', issueId: 'withdrawal' });
    expect(pmClaim?.stance).toBe('mixed');
    expect(await listClaims(graph.store, { actorId: 'iraq-defence-ministry', issueId: 'withdrawal' })).toEqual([]);
    expect((await getActor(graph.store, 'iraq-pm'))?.aliases).toEqual(['السوداني', 'PM', 'محمد شياع']);
    const { records } = await graph.store.driver.executeQuery(
      'MATCH (c:Claim) WHERE c.reviewedAt IS NOT NULL RETURN c.id AS id, c.reviewedBy AS by, c.reviewedAt AS at ORDER BY id',
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { id: 'claim-defence-1', by: 'ali', at: at.toISOString() },
      { id: 'claim-pm-1', by: 'mona', at: at.toISOString() },
    ]);
    expect((await listPositionEdges(graph.store)).map((e) => [e.actorId, e.edge])).toEqual([
      ['allawi', 'MIXED_ON'],
      ['iraq-pm', 'MIXED_ON'],
    ]);
    await expectEdgesToAgreeWithClaims();
  });

  test('an unknown claim or actor id is a NotFoundError naming it, and nothing changes', async () => {
    await saveBatch(graph.store, sampleBatch());
    const counts = await graph.counts();
    await expect(reviewClaim(graph.store, { claimId: 'nope', reviewedBy: 'x', stance: 'supports' })).rejects.toThrow(new NotFoundError('no claim with id nope'));
    await expect(mergeActors(graph.store, { fromId: 'iraq-pm', intoId: 'ghost', reviewedBy: 'x' })).rejects.toThrow(NotFoundError);
    await expect(mergeActors(graph.store, { fromId: 'iraq-pm', intoId: 'iraq-pm', reviewedBy: 'x' })).rejects.toThrow(InputError);
    await expect(addActorAlias(graph.store, { actorId: 'ghost', alias: 'a', reviewedBy: 'x' })).rejects.toThrow(/no actor with id ghost/);
    expect(await graph.counts()).toEqual(counts);
  });
});

describe('merging actors', () => {
  // The same person extracted under two ids, each with its own claim.
  const pmAlt = actor('sudani-alt', { name: 'محمد شياع السوداني', nameAr: 'محمد شياع السوداني', aliases: ['أبو مصطفى'], type: 'person', partOf: ['iraq-government'] });
  const altQuote = 'المحادثات مستمرة';
  const altClaim = claim('claim-alt-1', pmAlt, 'opposes', altQuote, [wireA]);
  const altRejected = claim('claim-alt-2', pmAlt, 'supports', 'وأضاف أن', [wireA]);
  const withAlt = () => {
    const base = sampleBatch();
    return { ...base, actors: [...base.actors, pmAlt], claims: [...base.claims, altClaim, altRejected] };
  };

  test('keeps every claim, moves names and aliases, and stays merged when re-ingest brings the old id back', async () => {
    await saveBatch(graph.store, withAlt());
    await reviewClaim(graph.store, { claimId: 'claim-alt-2', reviewedBy: 'mona', rejected: true });
    const claimsBefore = (await graph.store.driver.executeQuery('MATCH (c:Claim) RETURN count(c) AS n')).records[0]?.get('n');

    const result = await mergeActors(graph.store, { fromId: 'sudani-alt', intoId: 'iraq-pm', reviewedBy: 'mona' });

    expect(result).toEqual({ intoId: 'iraq-pm', moved: 2 });
    expect((await graph.store.driver.executeQuery('MATCH (c:Claim) RETURN count(c) AS n')).records[0]?.get('n')).toBe(claimsBefore);
    expect((await listClaims(graph.store, { actorId: 'iraq-pm', issueId: 'withdrawal' })).map((c) => c.id).sort()).toEqual(['claim-alt-1', 'claim-pm-1']);
    expect(await getActor(graph.store, 'sudani-alt')).toBeNull();
    expect((await getActor(graph.store, 'iraq-pm'))?.aliases).toEqual(['السوداني', 'PM', 'محمد شياع السوداني', 'أبو مصطفى']);
    expect((await searchText(graph.store, 'ابو مصطفى')).actors.map((hit) => hit.id)).toEqual(['iraq-pm']);
    expect((await listPositionEdges(graph.store)).map((e) => [e.actorId, e.edge, e.claims])).toEqual([
      ['iraq-defence-ministry', 'OPPOSES', 1],
      ['iraq-pm', 'MIXED_ON', 2],
    ]);
    const counts = await graph.counts();

    // Re-ingest: extraction still says sudani-alt.
    await saveBatch(graph.store, withAlt());
    await saveBatch(graph.store, withAlt(), { chunkSize: 1 });

    expect(await graph.counts()).toEqual(counts);
    expect(await getActor(graph.store, 'sudani-alt')).toBeNull();
    expect((await listActors(graph.store)).map((a) => a.id)).toEqual(expect.not.arrayContaining(['sudani-alt']));
    expect((await listClaims(graph.store, { actorId: 'iraq-pm', issueId: 'withdrawal' })).map((c) => c.id).sort()).toEqual(['claim-alt-1', 'claim-pm-1']);
    await expectEdgesToAgreeWithClaims();
  });

  test('a chain of merges ends at one live actor, and merging a merged actor says where it went', async () => {
    await saveBatch(graph.store, withAlt());
    await mergeActors(graph.store, { fromId: 'sudani-alt', intoId: 'iraq-pm', reviewedBy: 'a' });
    await mergeActors(graph.store, { fromId: 'iraq-pm', intoId: 'iraq-government', reviewedBy: 'b' });

    await expect(mergeActors(graph.store, { fromId: 'sudani-alt', intoId: 'iraq-defence-ministry', reviewedBy: 'c' })).rejects.toThrow(
      /actor sudani-alt was already merged into iraq-government/,
    );
    const { records } = await graph.store.driver.executeQuery('MATCH (m:MergedActor)-[:MERGED_INTO]->(a:Actor) RETURN m.id AS id, a.id AS into ORDER BY id');
    expect(records.map((r) => r.toObject())).toEqual([
      { id: 'iraq-pm', into: 'iraq-government' },
      { id: 'sudani-alt', into: 'iraq-government' },
    ]);
    const counts = await graph.counts();
    await saveBatch(graph.store, withAlt());
    expect(await graph.counts()).toEqual(counts);
    expect((await listClaims(graph.store, { actorId: 'iraq-government', issueId: 'withdrawal' })).map((c) => c.id).sort()).toEqual(['claim-alt-1', 'claim-alt-2', 'claim-pm-1']);
    // The defence ministry was PART_OF the government and still is; nobody is PART_OF itself.
    expect((await getActor(graph.store, 'iraq-government'))?.partOf).toEqual([]);
    expect((await getActor(graph.store, 'iraq-defence-ministry'))?.partOf).toEqual(['iraq-government']);
    await expectEdgesToAgreeWithClaims();
  });
});

describe('graph shape', () => {
  test('actors carry a label for their type, for Neo4j Browser styling, that follows type changes', async () => {
    await saveBatch(graph.store, sampleBatch());
    const labels = async (id: string) =>
      (await graph.store.driver.executeQuery('MATCH (a:Actor {id: $id}) RETURN labels(a) AS labels', { id })).records[0]?.get('labels') as string[];
    expect((await labels('iraq-pm')).sort()).toEqual(['Actor', 'Person']);
    expect((await labels('iraq-government')).sort()).toEqual(['Actor', 'Government']);
    await saveBatch(graph.store, batch({ actors: [{ ...defence, type: 'military' }, government] }));
    expect((await labels('iraq-defence-ministry')).sort()).toEqual(['Actor', 'Military']);
  });

  test('migrations are recorded once and are not part of the knowledge graph', async () => {
    await applySchema(graph.store);
    const { records } = await graph.store.driver.executeQuery('MATCH (m:Migration) RETURN m.version AS version ORDER BY version');
    const versions = records.map((r) => r.get('version') as string);
    expect(versions).toEqual(expect.arrayContaining(['001-actor-id-unique', '011-search-fulltext', '011a-fold-search-text']));
    expect(await graph.counts()).toEqual({ nodes: 0, relationships: 0 });
    expect((await applySchema(graph.store)).applied).toEqual([]);
  });

  test('the saved Browser queries under cypher/browser run and answer on a small graph', async () => {
    await saveBatch(graph.store, searchBatch());
    await saveBatch(graph.store, batch({ articles: [article('later', `قال: "${pm.aliases[0]} يعارض"`, { publishedAt: '2024-06-01' })], actors: [pm, government], claims: [claim('claim-pm-2', pm, 'opposes', `${pm.aliases[0]} يعارض`, [article('later', `قال: "${pm.aliases[0]} يعارض"`, { publishedAt: '2024-06-01' })])] }));
    const dir = path.join(findProjectRoot(), 'cypher', 'browser');
    const files = readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort();
    expect(files).toEqual(['actor-quotes.cypher', 'aligned-with.cypher', 'issue-map.cypher', 'position-changes.cypher', 'who-opposes.cypher', 'who-supports.cypher']);
    const run = async (file: string) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(text).toMatch(/^\/\/ First run {3}:param \w+ => '[^']+'$/m);
      return (await graph.store.driver.executeQuery(text, { issue: 'withdrawal', actor: 'iraq-pm' })).records.map((r) => r.toObject());
    };
    expect((await run('who-opposes.cypher')).map((r) => r.actor)).toEqual(['وزارة الدفاع العراقية']);
    expect(await run('who-supports.cypher')).toEqual([]);
    expect((await run('actor-quotes.cypher')).map((r) => [r.date, r.stance])).toEqual([
      ['2024-01-10', 'supports'],
      ['2024-01-11', 'supports'],
      ['2024-06-01', 'opposes'],
    ]);
    expect(await run('position-changes.cypher')).toEqual([
      expect.objectContaining({ actor: 'رئيس الوزراء العراقي', changes: 1, firstStance: 'supports', lastStance: 'opposes', timeline: ['2024-01-10 supports', '2024-06-01 opposes'] }),
    ]);
    expect((await run('issue-map.cypher')).length).toBe(3);
  });
});
