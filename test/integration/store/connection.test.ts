import { jest } from '@jest/globals';
import { ConfigError, StoreError } from '../../../src/errors.js';
import { createStore, verifyConnectivity } from '../../../src/store/driver.js';
import { countGraph } from '../../../src/store/read.js';
import { applySchema } from '../../../src/store/schema.js';
import { TestGraph } from '../../helpers/graph.js';

// The first queries on a freshly started server compile slowly (jest.config.js's testTimeout
// inside `projects` is not applied).
jest.setTimeout(60_000);

describe('connecting to Neo4j', () => {
  test('an unreachable server is a STORE_UNAVAILABLE error that names the URI, quickly', async () => {
    // Nothing listens on port 1; the driver gets "connection refused".
    const store = createStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'irrelevant' });
    const started = Date.now();
    try {
      const check = verifyConnectivity(store, { timeoutMs: 3000 });
      await expect(check).rejects.toThrow(StoreError);
      await expect(check).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('Cannot reach Neo4j at bolt://127.0.0.1:1') });
      expect(Date.now() - started).toBeLessThan(10000);
    } finally {
      await store.close();
    }
  });

  test('queries against an unreachable server fail with the same error, not a driver error', async () => {
    const store = createStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'irrelevant' }, { maxTransactionRetryTimeMs: 0 });
    try {
      await expect(countGraph(store)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('bolt://127.0.0.1:1') });
    } finally {
      await store.close();
    }
  });

  test('a wrong password is a ConfigError that says which settings to check', async () => {
    const { uri, user, database } = TestGraph.connection();
    const store = createStore({ uri, user, password: 'definitely-not-the-password', database });
    try {
      const check = verifyConnectivity(store, { timeoutMs: 10000 });
      await expect(check).rejects.toThrow(ConfigError);
      await expect(check).rejects.toThrow(/NEO4J_USER and NEO4J_PASSWORD/);
    } finally {
      await store.close();
    }
  });

  test('applySchema records every migration, in version order, and applies nothing the second time', async () => {
    const graph = TestGraph.open();
    try {
      const { versions } = await applySchema(graph.store);
      expect(versions[0]).toBe('001-actor-id-unique');
      expect([...versions].sort()).toEqual(versions);
      expect(await applySchema(graph.store)).toEqual({ versions, applied: [] });
    } finally {
      await graph.close();
    }
  });
});
