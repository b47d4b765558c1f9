import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { findProjectRoot, loadConfig } from '../../../src/config/env.js';
import { ConfigError } from '../../../src/errors.js';

describe('findProjectRoot', () => {
  it('finds the folder holding package.json and data/', () => {
    const root = findProjectRoot();
    expect(existsSync(path.join(root, 'package.json'))).toBe(true);
    expect(existsSync(path.join(root, 'data', 'lexicon'))).toBe(true);
  });
});

describe('loadConfig', () => {
  it('uses a local Neo4j and defaults when nothing is set', () => {
    const config = loadConfig({}, '/project');
    expect(config).toMatchObject({
      projectRoot: '/project',
      dataDir: path.resolve('/project', '.stancegraph'),
      neo4j: { kind: 'local', boltPort: 7687, httpPort: 7474 },
      http: { host: '127.0.0.1', port: 4000 },
      ci: false,
      production: false,
    });
  });

  it('uses an external Neo4j when URI and password are given', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://db.example.com', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'news' }, '/p');
    expect(config.neo4j).toEqual({ kind: 'external', uri: 'neo4j+s://db.example.com', user: 'neo4j', password: 'secret', database: 'news' });
  });

  it('reads CI as a flag, "false" and empty meaning off', () => {
    expect(loadConfig({ CI: 'true' }, '/p').ci).toBe(true);
    expect(loadConfig({ CI: 'false' }, '/p').ci).toBe(false);
    expect(loadConfig({ CI: '' }, '/p').ci).toBe(false);
  });

  it('reports every invalid variable at once as a ConfigError', () => {
    let error: unknown;
    try {
      loadConfig({ NEO4J_URI: 'http://x', STANCEGRAPH_PORT: '99999', STANCEGRAPH_API_KEY: 'short' }, '/p');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/NEO4J_URI/);
    expect(message).toMatch(/STANCEGRAPH_PORT/);
    expect(message).toMatch(/STANCEGRAPH_API_KEY/);
  });

  it('turns the read cache on by default and off with STANCEGRAPH_READ_CACHE=false', () => {
    expect(loadConfig({}, '/p').readCache).toEqual({ enabled: true, maxBytes: 64 * 1024 * 1024, versionCheckMs: 0, leaseMs: 20 });
    expect(loadConfig({ STANCEGRAPH_READ_CACHE: 'false' }, '/p').readCache.enabled).toBe(false);
    expect(loadConfig({ STANCEGRAPH_READ_CACHE: '0' }, '/p').readCache.enabled).toBe(false);
    expect(loadConfig({ STANCEGRAPH_READ_CACHE: '' }, '/p').readCache.enabled).toBe(true);
    expect(loadConfig({ STANCEGRAPH_READ_CACHE_MB: '8', STANCEGRAPH_READ_CACHE_CHECK_MS: '250', STANCEGRAPH_READ_CACHE_LEASE_MS: '50' }, '/p').readCache).toEqual({
      enabled: true,
      maxBytes: 8 * 1024 * 1024,
      versionCheckMs: 250,
      leaseMs: 50,
    });
    expect(() =>
      loadConfig({ STANCEGRAPH_READ_CACHE: 'off', STANCEGRAPH_READ_CACHE_MB: '0', STANCEGRAPH_READ_CACHE_CHECK_MS: '-1', STANCEGRAPH_READ_CACHE_LEASE_MS: '1001' }, '/p'),
    ).toThrow(/STANCEGRAPH_READ_CACHE[\s\S]*STANCEGRAPH_READ_CACHE_MB[\s\S]*STANCEGRAPH_READ_CACHE_CHECK_MS[\s\S]*STANCEGRAPH_READ_CACHE_LEASE_MS/);
  });

  it('asks for a password with an external URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' }, '/p')).toThrow(/NEO4J_PASSWORD is required/);
  });
});
