import { jest } from '@jest/globals';
import { NotFoundError } from '../../../src/errors.js';
import type { Stance } from '../../../src/ingest/model.js';
import { listClaims, listPositionEdges, listPositions } from '../../../src/store/read.js';
import { recomputePositions, reviewClaim, saveBatch } from '../../../src/store/write.js';
import { actor, article, batch, claim, sampleBatch } from '../../helpers/batch.js';
import { TestGraph } from '../../helpers/graph.js';

// The first queries on a freshly started server compile slowly (jest.config.js's testTimeout
// inside `projects` is not applied).
jest.setTimeout(60_000);

const graph = TestGraph.open();

beforeEach(() => graph.wipe());
afterAll(() => graph.close());

const quotes = ['الجملة الأولى', 'الجملة الثانية', 'الجملة الثالثة'];

/** One actor with one claim per stance given, each in its own dated article. */
function actorWithClaims(id: string, stances: Stance[]) {
  const who = actor(id);
  const articles = stances.map((_, i) => article(`${id}-a${i}`, `نص: ${quotes[i]}.`, { publishedAt: `2024-03-0${i + 1}`, outlet: `outlet-${i}` }));
  const claims = stances.map((stance, i) => claim(`${id}-c${i}`, who, stance, quotes[i] ?? '', [articles[i] ?? article('x', '')]));
  return { actors: [who], articles, claims };
}

function merge(...parts: ReturnType<typeof actorWithClaims>[]) {
  return batch({
    actors: parts.flatMap((p) => p.actors),
    articles: parts.flatMap((p) => p.articles),
    claims: parts.flatMap((p) => p.claims),
  });
}

describe('position edges', () => {
  test('follow the position rule: neutral claims are set aside, any disagreement is MIXED', async () => {
    await saveBatch(
      graph.store,
      merge(
        actorWithClaims('supports-only', ['supports', 'supports']),
        actorWithClaims('supports-and-neutral', ['supports', 'neutral']),
        actorWithClaims('opposes-only', ['opposes']),
        actorWithClaims('supports-and-opposes', ['supports', 'opposes']),
        actorWithClaims('one-mixed-claim', ['mixed']),
        actorWithClaims('neutral-only', ['neutral', 'neutral']),
      ),
    );

    const edges = await listPositionEdges(graph.store);
    expect(edges.map((e) => [e.actorId, e.edge, e.claims])).toEqual([
      ['neutral-only', 'NEUTRAL_ON', 2],
      ['one-mixed-claim', 'MIXED_ON', 1],
      ['opposes-only', 'OPPOSES', 1],
      ['supports-and-neutral', 'SUPPORTS', 2],
      ['supports-and-opposes', 'MIXED_ON', 2],
      ['supports-only', 'SUPPORTS', 2],
    ]);
    expect(edges.find((e) => e.actorId === 'supports-and-opposes')).toMatchObject({ first: '2024-03-01', last: '2024-03-02' });
  });

  test('are re-derived when a later batch adds a claim: still exactly one edge per actor and issue', async () => {
    const first = actorWithClaims('speaker', ['supports']);
    await saveBatch(graph.store, merge(first));
    expect((await listPositionEdges(graph.store)).map((e) => e.edge)).toEqual(['SUPPORTS']);

    const both = actorWithClaims('speaker', ['supports', 'opposes']);
    await saveBatch(graph.store, merge(both));
    expect((await listPositionEdges(graph.store)).map((e) => [e.actorId, e.edge, e.claims])).toEqual([['speaker', 'MIXED_ON', 2]]);
  });

  test('a later batch of new claims only is added to the edges the first left, as a derivation from all claims gives them', async () => {
    await saveBatch(graph.store, merge(actorWithClaims('speaker', ['supports']), actorWithClaims('quiet', ['neutral']), actorWithClaims('firm', ['opposes'])));
    const speaker = actor('speaker');
    const quiet = actor('quiet');
    const firm = actor('firm');
    const earlier = article('later-a0', `نص: ${quotes[0]}.`, { publishedAt: '2024-02-01' });
    const later = article('later-a1', `نص: ${quotes[1]}.`, { publishedAt: '2024-04-01' });
    const undated = article('later-a2', `نص: ${quotes[2]}.`);
    await saveBatch(
      graph.store,
      batch({
        actors: [speaker, quiet, firm],
        articles: [earlier, later, undated],
        claims: [
          claim('speaker-d0', speaker, 'opposes', quotes[0] ?? '', [earlier]),
          claim('quiet-d0', quiet, 'supports', quotes[1] ?? '', [later]),
          claim('firm-d0', firm, 'neutral', quotes[2] ?? '', [undated]),
        ],
      }),
    );

    const edges = await listPositionEdges(graph.store);
    expect(edges.map((e) => [e.actorId, e.edge, e.claims, e.first, e.last])).toEqual([
      ['firm', 'OPPOSES', 2, '2024-03-01', '2024-03-01'],
      ['quiet', 'SUPPORTS', 2, '2024-03-01', '2024-04-01'],
      ['speaker', 'MIXED_ON', 2, '2024-02-01', '2024-03-01'],
    ]);
    await recomputePositions(graph.store);
    expect(await listPositionEdges(graph.store)).toEqual(edges);
  });

  test("an article whose date changes moves the dates of the edges its claims count towards, though the batch brings none of them", async () => {
    await saveBatch(graph.store, merge(actorWithClaims('speaker', ['supports', 'supports'])));
    const [redated] = actorWithClaims('speaker', ['supports']).articles;
    await saveBatch(graph.store, batch({ articles: [{ ...redated!, publishedAt: '2024-05-01' }] }));

    const edges = await listPositionEdges(graph.store);
    expect(edges.map((e) => [e.actorId, e.edge, e.claims, e.first, e.last])).toEqual([['speaker', 'SUPPORTS', 2, '2024-03-02', '2024-05-01']]);
    await recomputePositions(graph.store);
    expect(await listPositionEdges(graph.store)).toEqual(edges);
  });

  test('a reviewed stance survives re-ingest, and rejected claims stop counting', async () => {
    const speaker = actorWithClaims('speaker', ['supports', 'opposes']);
    await saveBatch(graph.store, merge(speaker));

    await reviewClaim(graph.store, { claimId: 'speaker-c1', reviewedBy: 'analyst', stance: 'supports' });
    expect((await listPositionEdges(graph.store)).map((e) => e.edge)).toEqual(['SUPPORTS']);

    await saveBatch(graph.store, merge(speaker));
    const claims = await listClaims(graph.store, { actorId: 'speaker', issueId: 'withdrawal' });
    expect(claims.map((c) => [c.id, c.stance])).toEqual([
      ['speaker-c0', 'supports'],
      ['speaker-c1', 'supports'],
    ]);
    expect((await listPositionEdges(graph.store)).map((e) => e.edge)).toEqual(['SUPPORTS']);

    await reviewClaim(graph.store, { claimId: 'speaker-c0', reviewedBy: 'analyst', rejected: true });
    await reviewClaim(graph.store, { claimId: 'speaker-c1', reviewedBy: 'analyst', rejected: true });
    expect(await listPositionEdges(graph.store)).toEqual([]);
    expect(await listClaims(graph.store, { actorId: 'speaker', issueId: 'withdrawal' })).toEqual([]);
  });

  test('reviewing a claim that does not exist is a NotFoundError', async () => {
    await expect(reviewClaim(graph.store, { claimId: 'no-such-claim', reviewedBy: 'analyst' })).rejects.toThrow(NotFoundError);
  });

  test('recomputePositions rebuilds the same edges from the claims', async () => {
    await saveBatch(graph.store, merge(actorWithClaims('a', ['supports', 'opposes']), actorWithClaims('b', ['neutral'])));
    const before = await listPositionEdges(graph.store);
    const countsBefore = await graph.counts();

    expect(await recomputePositions(graph.store)).toBe(2);
    expect(await listPositionEdges(graph.store)).toEqual(before);
    expect(await graph.counts()).toEqual(countsBefore);
  });
});

describe('listPositions', () => {
  test('returns each actor with its stance and claims, filtered by stance; an unknown issue gives []', async () => {
    await saveBatch(graph.store, sampleBatch());

    const all = await listPositions(graph.store, { issueId: 'withdrawal' });
    expect(all.map((p) => [p.actor.id, p.stance, p.claimCount, p.claims.map((c) => c.id)])).toEqual([
      // Equal claim counts: by name, and رئيس… sorts before وزارة…
      ['iraq-pm', 'supports', 1, ['claim-pm-1']],
      ['iraq-defence-ministry', 'opposes', 1, ['claim-defence-1']],
    ]);
    expect((await listPositions(graph.store, { issueId: 'withdrawal', stance: 'opposes' })).map((p) => p.actor.id)).toEqual([
      'iraq-defence-ministry',
    ]);
    expect(await listPositions(graph.store, { issueId: 'withdrawal', stance: 'mixed' })).toEqual([]);
    expect(await listPositions(graph.store, { issueId: 'no-such-issue' })).toEqual([]);
  });

  test('withClaims: false reads the same positions without their claims', async () => {
    await saveBatch(graph.store, sampleBatch());

    const lean = await listPositions(graph.store, { issueId: 'withdrawal', withClaims: false });
    const full = await listPositions(graph.store, { issueId: 'withdrawal' });
    expect(lean).toEqual(full.map((position) => ({ ...position, claims: [] })));
  });
});
