import { jest } from '@jest/globals';
import { getIntrospectionQuery } from 'graphql';
import { loadConfig } from '../../../src/config/env.js';
import { createServer, GRAPHIQL_TABS } from '../../../src/graphql/server.js';
import { saveBatch } from '../../../src/store/write.js';
import { TestGraph } from '../../helpers/graph.js';
import { query, testServer, type GraphQLResponse } from '../../helpers/graphql.js';
import { apiBatch } from './api-fixture.js';

jest.setTimeout(120_000);

const graph = TestGraph.open();
const apiKey = 'the-test-api-key-0123456789';
const yoga = testServer(graph.store, { apiKey });
const withKey = { authorization: `Bearer ${apiKey}` };

beforeEach(async () => {
  await graph.wipe();
  await saveBatch(graph.store, apiBatch());
});
afterAll(() => graph.close());

const codes = (result: GraphQLResponse) => result.errors?.map((e) => e.extensions?.code);

const ARTICLE = 'بغداد (رويترز) - قال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ماضية في إنهاء مهمة التحالف الدولي في العراق.';
const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article { id outlet publishedAt url language }
    claims { id stance quote start end article { id text } actor { id } issue { id } }
    actors { id positions { issue { id } stance } }
  }
}`;

describe('writes need the API key; reads do not', () => {
  const mutation = `mutation { addAlias(input: { actor: "pm", alias: "أبو محمد", reviewedBy: "Mona" }) { aliases } }`;

  test('refused without a key, with a wrong key, and when no key is configured; nothing written', async () => {
    const before = await graph.counts();
    const missing = await query(yoga, mutation);
    const wrong = await query(yoga, mutation, {}, { authorization: 'Bearer the-wrong-api-key-0123456' });
    const wrongHeader = await query(yoga, mutation, {}, { 'x-api-key': 'the-wrong-api-key-0123456' });
    const keyless = await query(testServer(graph.store), mutation, {}, withKey);
    for (const result of [missing, wrong, wrongHeader, keyless]) {
      expect(result.data).toBeNull();
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    }
    expect(keyless.errors?.[0]?.message).toContain('STANCEGRAPH_API_KEY');
    expect(await graph.counts()).toEqual(before);
    expect((await query(yoga, `{ actor(id: "pm") { aliases } }`)).data).toEqual({ actor: { aliases: [] } });
  });

  test('accepted with Authorization: Bearer or x-api-key', async () => {
    const bearer = await query(yoga, mutation, {}, withKey);
    expect(bearer).toEqual({ status: 200, data: { addAlias: { aliases: ['أبو محمد'] } } });
    const header = await query(yoga, `mutation { addAlias(input: { actor: "pm", alias: "ابو محمد الثاني", reviewedBy: "Mona" }) { id } }`, {}, { 'x-api-key': apiKey });
    expect(header.data).toEqual({ addAlias: { id: 'pm' } });
    // The alias is searchable at once, whatever the alef.
    const found = await query(yoga, `{ search(text: "أبو محمد") { actors { actor { id } } } }`);
    expect(found.data).toEqual({ search: { actors: [{ actor: { id: 'pm' } }] } });
  });
});

describe('mutations', () => {
  test('ingestArticle extracts, stores and returns the claims with valid offsets; twice changes nothing', async () => {
    const input = { text: ARTICLE, outlet: 'رويترز', publishedAt: '2024-01-30', url: 'https://example.org/a' };
    const first = await query(yoga, INGEST, { input }, withKey);
    expect(first.errors).toBeUndefined();
    const payload = first.data?.ingestArticle as any;
    expect(payload.article).toEqual({ id: expect.any(String), outlet: 'رويترز', publishedAt: '2024-01-30', url: 'https://example.org/a', language: 'ar' });
    expect(payload.claims).toEqual([
      expect.objectContaining({ stance: 'SUPPORTS', actor: { id: 'sudani' }, issue: { id: 'withdrawal' }, article: expect.objectContaining({ id: payload.article.id }) }),
    ]);
    for (const c of payload.claims) expect(c.article.text.slice(c.start, c.end)).toBe(c.quote);
    expect(payload.actors).toEqual([{ id: 'sudani', positions: [{ issue: { id: 'withdrawal' }, stance: 'SUPPORTS' }] }]);

    const counts = await graph.counts();
    const again = await query(yoga, INGEST, { input }, withKey);
    expect(again.errors).toBeUndefined();
    expect(await graph.counts()).toEqual(counts);
  });

  test('ingestArticle: bad input is BAD_USER_INPUT with every problem named, and nothing is written', async () => {
    const before = await graph.counts();
    const bad = await query(yoga, INGEST, { input: { text: '   ', publishedAt: '30/01/2024', url: 'ftp://example.org' } }, withKey);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.message).toContain('input.text: must not be empty');
    expect(bad.errors?.[0]?.message).toContain('input.publishedAt');
    expect(bad.errors?.[0]?.message).toContain('input.url: must be an http or https URL');
    // Text in no language stancegraph reads: refused by the pipeline, still BAD_USER_INPUT.
    const unreadable = await query(yoga, INGEST, { input: { text: '1234 5678 !!!' } }, withKey);
    expect(codes(unreadable)).toEqual(['BAD_USER_INPUT']);
    expect(await graph.counts()).toEqual(before);
  });

  test('reviewClaim: a rejected claim stops counting and the position is re-derived', async () => {
    const review = await query(
      yoga,
      `mutation { reviewClaim(input: { claimId: "c-analyst-2", rejected: true, reviewedBy: "Mona" }) { id rejected reviewedBy actor { positions { issue { id } stance claimCount } } } }`,
      {},
      withKey,
    );
    expect(review.errors).toBeUndefined();
    expect(review.data).toEqual({
      reviewClaim: { id: 'c-analyst-2', rejected: true, reviewedBy: 'Mona', actor: { positions: [{ issue: { id: 'withdrawal' }, stance: 'SUPPORTS', claimCount: 1 }] } },
    });
    const relabel = await query(yoga, `mutation { reviewClaim(input: { claimId: "c-pm", stance: OPPOSES, reviewedBy: "Mona" }) { stance } }`, {}, withKey);
    expect(relabel.data).toEqual({ reviewClaim: { stance: 'OPPOSES' } });
  });

  test('reviewClaim: an unknown claim is NOT_FOUND, a verdict without stance or rejection BAD_USER_INPUT', async () => {
    const unknown = await query(yoga, `mutation { reviewClaim(input: { claimId: "nope", rejected: true, reviewedBy: "Mona" }) { id } }`, {}, withKey);
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const empty = await query(yoga, `mutation { reviewClaim(input: { claimId: "c-pm", reviewedBy: " " }) { id } }`, {}, withKey);
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
    expect(empty.errors?.[0]?.message).toContain('input.reviewedBy: must name the reviewer');
    expect(empty.errors?.[0]?.message).toContain('input.stance: give a stance, or rejected: true');
  });

  test('mergeActors moves the claims; merging into itself or an unknown actor is refused and changes nothing', async () => {
    const merged = await query(
      yoga,
      `mutation { mergeActors(input: { from: "analyst", into: "kataib", reviewedBy: "Mona" }) { moved actor { id aliases positions { issue { id } stance claimCount } } } }`,
      {},
      withKey,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data).toEqual({
      mergeActors: {
        moved: 2,
        actor: {
          id: 'kataib',
          aliases: expect.arrayContaining(['إياد']),
          positions: [
            { issue: { id: 'budget' }, stance: 'OPPOSES', claimCount: 1 },
            { issue: { id: 'withdrawal' }, stance: 'MIXED', claimCount: 4 },
          ],
        },
      },
    });
    const before = await graph.counts();
    const self = await query(yoga, `mutation { mergeActors(input: { from: "pm", into: "pm", reviewedBy: "Mona" }) { moved } }`, {}, withKey);
    expect(codes(self)).toEqual(['BAD_USER_INPUT']);
    const unknown = await query(yoga, `mutation { mergeActors(input: { from: "pm", into: "nobody", reviewedBy: "Mona" }) { moved } }`, {}, withKey);
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const gone = await query(yoga, `mutation { mergeActors(input: { from: "analyst", into: "pm", reviewedBy: "Mona" }) { moved } }`, {}, withKey);
    expect(codes(gone)).toEqual(['BAD_USER_INPUT']);
    expect(gone.errors?.[0]?.message).toContain('already merged into kataib');
    expect(await graph.counts()).toEqual(before);
  });
});

describe('protection', () => {
  test('too deep a query is refused before it runs', async () => {
    const deep = `{ actor(id: "pm") { partOf { partOf { partOf { partOf { partOf { partOf { partOf { partOf { partOf { id } } } } } } } } } } }`;
    const result = await query(yoga, deep);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/depth limit of 10/i);
  });

  test('too many aliases are refused', async () => {
    const aliased = `{ ${Array.from({ length: 16 }, (_, n) => `a${n}: actor(id: "pm") { id }`).join(' ')} }`;
    const result = await query(yoga, aliased);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/aliases limit of 15/i);
  });

  test('too costly and too long queries are refused', async () => {
    // One alias of this costs about 352 in graphql-armor's estimate; fifteen of them are over 5000.
    const nested = 'actors { partOf { partOf { partOf { positions { claims { articles { id file url title outlet publishedAt language } occurrences { start end article { id title outlet } } } } } } } }';
    const costly = `{ ${Array.from({ length: 15 }, (_, n) => `a${n}: ${nested}`).join(' ')} }`;
    const cost = await query(yoga, costly);
    expect(cost.data).toBeUndefined();
    expect(cost.errors?.[0]?.message).toMatch(/cost limit of 5000/i);

    // Cheap but long: 1,600 list items are over 1500 tokens (commas do not count).
    const long = `{ stanceMatrix(issues: [${Array.from({ length: 1600 }, () => '"withdrawal"').join(', ')}]) { issues { id } } }`;
    const tokens = await query(yoga, long);
    expect(tokens.data ?? null).toBeNull();
    expect(tokens.errors?.[0]?.message).toMatch(/token limit of 1500/i);
  });

  test('every GraphiQL example and the introspection query are within the limits', async () => {
    for (const tab of GRAPHIQL_TABS) {
      const result = await query(yoga, tab.query);
      expect(result.errors).toBeUndefined();
    }
    const introspection = await query(yoga, getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
  });

  test('in production, field suggestions are not given away', async () => {
    const prod = testServer(graph.store, { production: true });
    const typo = await query(prod, `{ actor(id: "pm") { nam } }`);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const dev = await query(yoga, `{ actor(id: "pm") { nam } }`);
    expect(dev.errors?.[0]?.message).toMatch(/Did you mean "name"/);
  });

  test('GraphiQL opens with the example tabs: who supports, the matrix, an actor’s quotes', async () => {
    const page = await (await yoga.fetch('http://stancegraph.test/graphql', { headers: { accept: 'text/html' } })).text();
    for (const name of ['WhoSupportsWithdrawal', 'StanceMatrix', 'ActorQuotes']) expect(page).toContain(name);
  });
});

describe('CORS', () => {
  const preflight = (server: ReturnType<typeof testServer>, origin: string) =>
    server.fetch('http://stancegraph.test/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-api-key' },
    });

  test('configured origins are allowed, others are not; production allows none by default', async () => {
    const cors = loadConfig({ STANCEGRAPH_CORS_ORIGINS: 'http://localhost:5173, https://dash.example.org' }).cors;
    expect(cors).toEqual({ origins: ['http://localhost:5173', 'https://dash.example.org'] });
    const server = createServer({ store: graph.store, config: { production: true, apiKey: undefined, cors } });
    const allowed = await preflight(server, 'https://dash.example.org');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('x-api-key');
    const other = await preflight(server, 'https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example.com');

    const prod = await preflight(testServer(graph.store, { production: true }), 'https://dash.example.org');
    expect(prod.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('a malformed origin list is a configuration error naming the bad entry', () => {
    expect(() => loadConfig({ STANCEGRAPH_CORS_ORIGINS: 'localhost:5173' })).toThrow(/"localhost:5173" is not an origin[\s\S]*STANCEGRAPH_CORS_ORIGINS/);
    expect(() => loadConfig({ STANCEGRAPH_PRIVATE_READS: 'true' })).toThrow(/STANCEGRAPH_PRIVATE_READS needs STANCEGRAPH_API_KEY/);
  });
});
