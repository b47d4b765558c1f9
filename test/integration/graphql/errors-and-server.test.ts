import { jest } from '@jest/globals';
import { createStore } from '../../../src/store/driver.js';
import { saveBatch } from '../../../src/store/write.js';
import { sampleBatch } from '../../helpers/batch.js';
import { TestGraph } from '../../helpers/graph.js';
import { query, testServer } from '../../helpers/graphql.js';

// The first queries on a freshly started server compile slowly (jest.config.js's testTimeout
// inside `projects` is not applied).
jest.setTimeout(60_000);

const graph = TestGraph.open();

beforeAll(async () => {
  await graph.wipe();
  await saveBatch(graph.store, sampleBatch());
});
afterAll(() => graph.close());

describe('bad input', () => {
  const yoga = testServer(graph.store);

  test('a malformed issue id is BAD_USER_INPUT and says what an issue id looks like', async () => {
    const result = await query(yoga, `{ whoSupports(issue: "Withdrawal'); MATCH (n) DETACH DELETE n //") { stance } }`);

    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('issue: must be an issue id'),
        path: ['whoSupports'],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(await graph.counts()).toMatchObject({ nodes: 11 });
  });

  test('an empty actor id is BAD_USER_INPUT', async () => {
    const result = await query(yoga, `{ actor(id: "") { id } }`);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  test('a stance outside the enum is rejected by validation before any resolver runs', async () => {
    const result = await query(yoga, `{ positions(issue: "withdrawal", stance: AGAINST) { stance } }`);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('AGAINST'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});

describe('when Neo4j is down', () => {
  test('clients get SERVICE_UNAVAILABLE without the connection details', async () => {
    const down = createStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'secret-password' }, { maxTransactionRetryTimeMs: 0 });
    try {
      const result = await query(testServer(down), `{ whoSupports(issue: "withdrawal") { stance } }`);
      expect(result.errors).toEqual([
        expect.objectContaining({ message: 'The graph database is not reachable right now; try again later.', extensions: { code: 'SERVICE_UNAVAILABLE' } }),
      ]);
      expect(JSON.stringify(result)).not.toContain('127.0.0.1');
    } finally {
      await down.close();
    }
  });
});

describe('the server', () => {
  test('serves GraphiQL with the "who supports withdrawal" query in development', async () => {
    const response = await testServer(graph.store).fetch('http://stancegraph.test/graphql', { headers: { accept: 'text/html' } });
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('GraphiQL');
    expect(page).toContain('whoSupports(issue: \\"withdrawal\\")');
  });

  test('in production: no GraphiQL page and no introspection, but queries work', async () => {
    const yoga = testServer(graph.store, { production: true });
    const page = await yoga.fetch('http://stancegraph.test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');

    const introspection = await query(yoga, `{ __schema { types { name } } }`);
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);

    const result = await query(yoga, `{ whoSupports(issue: "withdrawal") { actor { id } } }`);
    expect(result.data).toEqual({ whoSupports: [{ actor: { id: 'iraq-pm' } }] });
  });

  test('with an API key and private reads configured, queries need the key', async () => {
    const apiKey = 'a-test-key-of-at-least-16-chars';
    const yoga = testServer(graph.store, { apiKey, privateReads: true });
    const source = `{ whoSupports(issue: "withdrawal") { actor { id } } }`;

    const anonymous = await query(yoga, source);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await query(yoga, source, {}, { authorization: 'Bearer wrong-key-wrong-key-wrong' })).status).toBe(401);

    const allowed = await query(yoga, source, {}, { authorization: `Bearer ${apiKey}` });
    expect(allowed).toEqual({ status: 200, data: { whoSupports: [{ actor: { id: 'iraq-pm' } }] } });
    expect(await query(yoga, source, {}, { 'x-api-key': apiKey })).toEqual(allowed);
  });

  test('with an API key but open reads (the default), queries need no key', async () => {
    const yoga = testServer(graph.store, { apiKey: 'a-test-key-of-at-least-16-chars' });
    const result = await query(yoga, `{ whoSupports(issue: "withdrawal") { actor { id } } }`);
    expect(result).toEqual({ status: 200, data: { whoSupports: [{ actor: { id: 'iraq-pm' } }] } });
  });
});
