import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStore, verifyConnectivity } from '../../src/store/driver.js';
import { cliPath, freePort, projectRoot, runCli } from '../helpers/cli.js';
import { TestGraph } from '../helpers/graph.js';
import { query, testServer } from '../helpers/graphql.js';

const API_KEY = 'security-test-key-0123456789abcdef';
const key = { 'x-api-key': API_KEY };
const INJECTIONS = [
  "x' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n RETURN 1 //',
  '$rows {id: 1}; CALL db.clearQueryCaches()',
  '\\u0027 UNION MATCH (n) RETURN n',
];
const ARTICLE = 'قال رئيس الوزراء محمد شياع السوداني إن الحكومة تريد انسحاب القوات الأمريكية من العراق.\n';

describe('Cypher-injection strings round-trip as plain data', () => {
  const graph = TestGraph.open();
  let dir: string;

  beforeAll(async () => {
    await graph.wipe();
    dir = mkdtempSync(path.join(tmpdir(), 'stancegraph-injection-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await graph.close();
  });

  it('in file names', async () => {
    const files = INJECTIONS.map((name, i) => {
      const file = path.join(dir, `${name.replaceAll('/', '_')}-${i}.txt`);
      writeFileSync(file, `${ARTICLE}— ${i}\n`);
      return file;
    });
    const result = await runCli(['ingest', dir]);
    expect(result.code).toBe(0);
    const { records } = await graph.store.driver.executeQuery('MATCH (a:Article) RETURN a.file AS file ORDER BY file');
    expect(records.map((r) => r.get('file'))).toEqual([...files].sort());
  });

  it('in actor names, search text and mutation arguments', async () => {
    const yoga = testServer(graph.store, { apiKey: API_KEY });
    const before = await graph.counts();
    const { records } = await graph.store.driver.executeQuery('MATCH (a:Actor)-[:MADE]->(c:Claim) RETURN a.id AS actor, c.id AS claim LIMIT 1');
    const actor = String(records[0]?.get('actor'));
    const claim = String(records[0]?.get('claim'));
    for (const text of INJECTIONS) {
      const alias = await query(yoga, 'mutation($a: ID!, $t: String!) { addAlias(input: { actor: $a, alias: $t, reviewedBy: $t }) { aliases } }', { a: actor, t: text }, key);
      expect(alias.data?.addAlias).toEqual({ aliases: expect.arrayContaining([text]) });
      const found = await query(yoga, 'query($t: String!) { search(text: $t) { actors { actor { id } } claims { claim { id } } } }', { t: text });
      expect(found.errors).toBeUndefined();
      const review = await query(yoga, 'mutation($c: ID!, $t: String!) { reviewClaim(input: { claimId: $c, stance: NEUTRAL, reviewedBy: $t }) { id } }', { c: claim, t: text }, key);
      expect(review.data).toEqual({ reviewClaim: { id: claim } });
      const unknownClaim = await query(yoga, 'mutation($t: ID!) { reviewClaim(input: { claimId: $t, rejected: true, reviewedBy: "Mona" }) { id } }', { t: text }, key);
      expect(unknownClaim.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const unknownActor = await query(yoga, 'mutation($t: ID!, $a: ID!) { mergeActors(input: { from: $t, into: $a, reviewedBy: "Mona" }) { moved } }', { t: text, a: actor }, key);
      expect(unknownActor.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const byId = await query(yoga, 'query($t: ID!) { actor(id: $t) { id } }', { t: text });
      expect(byId.data).toEqual({ actor: null });
    }
    const { records: stored } = await graph.store.driver.executeQuery('MATCH (c:Claim {id: $claim}) RETURN c.reviewedBy AS by', { claim });
    expect(stored[0]?.get('by')).toBe(INJECTIONS.at(-1));
    // Found by its own words: the alias is searchable text, nothing more.
    const found = await query(yoga, '{ search(text: "DETACH DELETE") { actors { actor { id } } } }');
    expect(found.data).toEqual({ search: { actors: [{ actor: { id: actor } }] } });
    expect(await graph.counts()).toEqual(before);
  });
});

describe('writes need the API key', () => {
  const graph = TestGraph.open();
  afterAll(() => graph.close());

  it.each([
    ['no key', {}],
    ['a wrong key', { 'x-api-key': `${API_KEY}x` }],
    ['a wrong bearer token', { authorization: 'Bearer not-the-key-at-all-0000' }],
    ['an empty bearer token', { authorization: 'Bearer ' }],
  ])('every mutation is refused with %s, and nothing is written', async (_label, headers) => {
    const yoga = testServer(graph.store, { apiKey: API_KEY });
    const before = await graph.counts();
    const mutations = [
      `mutation { ingestArticle(input: { text: ${JSON.stringify(ARTICLE)} }) { article { id } } }`,
      'mutation { reviewClaim(input: { claimId: "c", rejected: true, reviewedBy: "x" }) { id } }',
      'mutation { mergeActors(input: { from: "a", into: "b", reviewedBy: "x" }) { moved } }',
      'mutation { addAlias(input: { actor: "a", alias: "b", reviewedBy: "x" }) { id } }',
    ];
    for (const mutation of mutations) {
      const response = await query(yoga, mutation, {}, headers);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await graph.counts()).toEqual(before);
  });
});

describe('limits and error masking', () => {
  const graph = TestGraph.open();
  afterAll(() => graph.close());

  it('deep, aliased, costly and long queries are refused before they run', async () => {
    const yoga = testServer(graph.store);
    let deep = 'id';
    for (let i = 0; i < 6; i++) deep = `positions { actor { ${deep} } }`;
    const refused: [string, RegExp][] = [
      [`{ actors { ${deep} } }`, /depth limit of 10/i],
      [`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: issues { id }`).join(' ')} }`, /aliases limit of 15/i],
      // Fifteen aliases of about 352 each in graphql-armor's cost estimate: over 5000.
      [
        `{ ${Array.from({ length: 15 }, (_, n) => `a${n}: actors { partOf { partOf { partOf { positions { claims { articles { id file url title outlet publishedAt language } occurrences { start end article { id title outlet } } } } } } } }`).join(' ')} }`,
        /cost limit of 5000/i,
      ],
      [`{ issues { ${'id '.repeat(2000)} } }`, /token limit of 1500/i],
    ];
    for (const [source, refusal] of refused) {
      const response = await query(yoga, source);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.message).toMatch(refusal);
    }
  });

  it('errors carry no stack trace, Cypher, URI or file path, even with NODE_ENV=development', async () => {
    const conn = TestGraph.connection();
    const node = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    const wrongPassword = createStore({ ...conn, password: 'wrong-password-0000' });
    const unreachable = createStore({ ...conn, uri: `bolt://127.0.0.1:${await freePort()}` });
    try {
      for (const store of [wrongPassword, unreachable]) {
        const response = JSON.stringify(await query(testServer(store), '{ whoSupports(issue: "withdrawal") { actor { id } } }'));
        expect(response).toMatch(/Unexpected error|not reachable/);
        expect(response).not.toMatch(/\bat \S+ \(|\.ts:\d|\.js:\d|MATCH|MERGE|cypher\/|bolt:\/\/|neo4j\.|wrong-password/i);
      }
    } finally {
      process.env.NODE_ENV = node;
      await wrongPassword.close();
      await unreachable.close();
    }
  });
});

describe('secrets', () => {
  it('the API key and the Neo4j password never reach the server log or CLI error output', async () => {
    const conn = TestGraph.connection();
    const port = await freePort();
    const server = spawn(process.execPath, [cliPath, 'serve', '--port', String(port)], {
      env: { ...process.env, STANCEGRAPH_API_KEY: API_KEY, NODE_ENV: 'production' },
      cwd: projectRoot,
    });
    let log = '';
    server.stdout.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const url = `http://127.0.0.1:${port}/graphql`;
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    try {
      for (let i = 0; i < 100 && !log.includes('http://'); i++) await new Promise((r) => setTimeout(r, 200));
      await post({ query: 'mutation { addAlias(input: { actor: "nobody", alias: "x", reviewedBy: "y" }) { id } }' }, { 'x-api-key': `${API_KEY}-wrong` });
      await post({ query: 'mutation { addAlias(input: { actor: "nobody", alias: "x", reviewedBy: "y" }) { id } }' }, { authorization: `Bearer ${API_KEY}` });
      await post({ query: '{ nope }' }, { authorization: `Bearer ${API_KEY}` });
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('close', resolve));
    }
    expect(log).toContain('http://');
    const failures = await Promise.all([
      runCli(['ingest', 'data/corpus'], { NEO4J_PASSWORD: 'wrong-password-0000' }),
      runCli(['serve'], { STANCEGRAPH_API_KEY: 'short-secret' }),
    ]);
    expect(failures.map((f) => f.code)).toEqual([1, 1]);
    expect(failures[1]!.stderr).toMatch(/STANCEGRAPH_API_KEY.*\n.*at least 16 characters|at least 16 characters[\s\S]*STANCEGRAPH_API_KEY/);
    for (const output of [log, ...failures.map((f) => f.stdout + f.stderr)]) {
      expect(output).not.toContain(API_KEY);
      expect(output).not.toContain(conn.password);
      expect(output).not.toContain('wrong-password-0000');
      expect(output).not.toContain('short-secret');
    }
  });

  it('the local Neo4j logs do not contain its password', () => {
    const logs = path.join(projectRoot, process.env.STANCEGRAPH_TEST_DATA_DIR ?? '.stancegraph/test', 'neo4j', 'logs');
    if (!existsSync(logs)) return;
    const password = TestGraph.connection().password;
    for (const name of readdirSync(logs)) expect(readFileSync(path.join(logs, name), 'utf8')).not.toContain(password);
  });
});

describe('the local Neo4j', () => {
  const boltPort = Number(process.env.STANCEGRAPH_TEST_BOLT_PORT ?? 17687);
  const httpPort = Number(process.env.STANCEGRAPH_TEST_HTTP_PORT ?? 17474);
  const home = path.join(projectRoot, process.env.STANCEGRAPH_TEST_DATA_DIR ?? '.stancegraph/test', 'neo4j');

  /** Local addresses listening on a port, from /proc/net/tcp and tcp6 (hex, little-endian IPv4). */
  function listeners(port: number): string[] {
    const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
    return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
      readFileSync(table, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter((cols) => cols[3] === '0A' && cols[1]?.endsWith(`:${hexPort}`))
        .map((cols) => cols[1]!.split(':')[0]!),
    );
  }

  it('listens on 127.0.0.1 only, Bolt and HTTP', () => {
    // 127.0.0.1 in /proc/net/tcp, or as the IPv4-mapped ::ffff:127.0.0.1 in tcp6 (a Java socket).
    const loopback = ['0100007F', '0000000000000000FFFF00000100007F'];
    for (const port of [boltPort, httpPort]) {
      const addresses = listeners(port);
      expect(addresses.length).toBeGreaterThan(0);
      for (const address of addresses) expect(loopback).toContain(address);
    }
  });

  it('has a generated password, not a default, in an owner-only file', async () => {
    const passwordFile = path.join(home, 'password');
    const password = readFileSync(passwordFile, 'utf8').trim();
    expect(password).toBe(TestGraph.connection().password);
    expect(password.length).toBeGreaterThanOrEqual(32);
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    expect(statSync(home).mode & 0o077).toBe(0);
    for (const guess of ['neo4j', 'password', 'neo4jneo4j', 'test']) {
      const store = createStore({ uri: `bolt://127.0.0.1:${boltPort}`, user: 'neo4j', password: guess });
      try {
        await expect(verifyConnectivity(store)).rejects.toMatchObject({ code: 'CONFIG' });
      } finally {
        await store.close();
      }
    }
    // Neo4j locks the user for 5 s after 3 failed logins; let the next test file log in.
    await new Promise((resolve) => setTimeout(resolve, 6000));
  });
});
