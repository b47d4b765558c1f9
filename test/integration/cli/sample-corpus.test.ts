import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cliPath as cli, freePort, projectRoot as root, runCli } from '../../helpers/cli.js';
import { TestGraph } from '../../helpers/graph.js';

const corpus = path.join(root, 'data', 'corpus');

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}`);
    try {
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('serve did not answer');
}

interface WhoSupports {
  data: { whoSupports: { actor: { id: string; name: string }; stance: string; claims: { quote: string; start: number; end: number; article: { file: string | null } }[] }[] };
}

describe('the sample corpus, end to end: CLI ingest → real Neo4j → GraphQL over HTTP', () => {
  const graph = TestGraph.open();
  let server: ChildProcess | undefined;

  beforeAll(async () => {
    await graph.wipe();
  });

  afterAll(async () => {
    server?.kill('SIGTERM');
    await graph.close();
  });

  it('ingests the corpus, and a second ingest leaves the graph unchanged', async () => {
    const first = await runCli(['ingest', '--format', 'json', corpus]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as { files: number; saved: { claims: number } };
    expect(summary.files).toBe(5);
    expect(summary.saved.claims).toBeGreaterThan(5);
    const before = await graph.counts();
    const second = await runCli(['ingest', '--format', 'json', corpus]);
    expect(second.code).toBe(0);
    expect(await graph.counts()).toEqual(before);
  });

  it('answers whoSupports over HTTP with quotes that are the article text at their offsets', async () => {
    const port = await freePort();
    server = spawn(process.execPath, [cli, 'serve', '--port', String(port)], { env: { ...process.env, CI: 'true' }, cwd: root, stdio: 'ignore' });
    const url = `http://127.0.0.1:${port}/graphql`;
    await waitForServer(url, server);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ whoSupports(issue: "withdrawal") { actor { id name } stance claims { quote start end article { file } } } }' }),
    });
    const body = (await response.json()) as WhoSupports;
    const positions = body.data.whoSupports;
    expect(positions.map((p) => p.actor.id)).toEqual(expect.arrayContaining(['iraq-mofa', 'sudani']));
    for (const position of positions) {
      expect(position.stance).toBe('SUPPORTS');
      for (const claim of position.claims) {
        const text = readFileSync(path.resolve(root, claim.article.file!), 'utf8');
        expect(text.slice(claim.start, claim.end)).toBe(claim.quote);
      }
    }
  });
});
