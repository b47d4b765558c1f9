import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { cliPath as cli, freePort, projectRoot as root, runCli } from '../../helpers/cli.js';
import { TestGraph } from '../../helpers/graph.js';

/**
 * The dashboard end to end: the sample corpus ingested by the CLI into the test Neo4j, `stancegraph
 * serve` on a free port, the page opened in headless Debian Chromium through playwright-core.
 * Screenshots and the measured load time go to test-artifacts/ (git-ignored).
 */
const corpus = path.join(root, 'data', 'corpus');
const artifacts = path.join(root, 'test-artifacts');
const API_KEY = 'dashboard-test-key-0123456789';
const CHROMIUM = process.env.STANCEGRAPH_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function waitForServer(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('serve did not answer');
}

async function gql<T>(base: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe('the dashboard in headless Chromium, on the sample corpus', () => {
  const graph = TestGraph.open();
  let server: ChildProcess | undefined;
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  let page: Page;
  let base = '';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}: the dashboard test drives Debian's chromium through playwright-core. ` +
          'Install it with `apt-get update && apt-get install -y chromium` (.ci/run does this), or set STANCEGRAPH_CHROMIUM to a Chromium binary.',
      );
    }
    mkdirSync(artifacts, { recursive: true });
    await graph.wipe();
    const ingest = await runCli(['ingest', '--format', 'json', corpus]);
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);

    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [cli, 'serve', '--port', String(port)], { env: { ...process.env, CI: 'true', STANCEGRAPH_API_KEY: API_KEY }, cwd: root, stdio: 'ignore' });
    await waitForServer(base, server);

    profile = mkdtempSync(path.join(tmpdir(), 'stancegraph-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1440, height: 1000 },
      locale: 'en-GB',
    });
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    server?.kill('SIGTERM');
    await graph.close();
  });

  it('loads the sample graph and lists who supports withdrawal, as GraphQL does', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A warm-up visit, so that the measured load is the page's, not Neo4j's first query plans.
    await page.goto(`${base}/?lang=en`);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 60000 });

    const started = Date.now();
    await page.goto(`${base}/?lang=en`);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 60000 });
    const wallMs = Date.now() - started;
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const loaded = performance.getEntriesByName('stancegraph:loaded')[0];
      return { domContentLoadedMs: Math.round(nav?.domContentLoadedEventEnd ?? -1), dataRenderedMs: Math.round(loaded?.startTime ?? -1), dataFetchMs: Number(document.body.dataset.loadMs) };
    });
    const report = { url: `${base}/?lang=en`, wallClockMs: wallMs, ...timing };
    writeFileSync(path.join(artifacts, 'dashboard-load.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stderr.write(`[dashboard] load: ${JSON.stringify(report)}\n`);

    const expected = await gql<{ whoSupports: { actor: { id: string; name: string; nameEn: string | null } }[] }>(base, '{ whoSupports(issue: "withdrawal") { actor { id name nameEn } } }');
    const rows = page.locator('#positions-SUPPORTS tbody tr[data-actor-id]');
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-actor-id')));
    expect(ids.sort()).toEqual(expected.whoSupports.map((p) => p.actor.id).sort());
    expect(ids).toEqual(expect.arrayContaining(['iraq-mofa', 'sudani']));
    await expect(page.locator('#positions-SUPPORTS tr[data-actor-id="iraq-mofa"] th').innerText()).resolves.toContain('Iraqi Ministry of Foreign Affairs');
    await expect(page.locator('#summary [data-stance="SUPPORTS"] .count').innerText()).resolves.toBe(String(expected.whoSupports.length));
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await page.screenshot({ path: path.join(artifacts, 'dashboard-en.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('opens a claim in its article with exactly the quote highlighted', async () => {
    const quote = page.locator('#positions-SUPPORTS tr[data-actor-id="iraq-mofa"] button.quote').first();
    const claimId = await quote.getAttribute('data-claim-id');
    expect(claimId).toBeTruthy();
    const data = await gql<{ actor: { positions: { claims: { id: string; quote: string; start: number; end: number }[] }[] } }>(
      base,
      '{ actor(id: "iraq-mofa") { positions { claims { id quote start end } } } }',
    );
    const claim = data.actor.positions.flatMap((p) => p.claims).find((c) => c.id === claimId)!;
    await quote.click();
    const mark = page.locator('#article-text mark#quote-mark');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(claim.quote);
    const { before, dir } = await page.locator('#article-text').evaluate((el) => ({
      before: (el.firstChild?.textContent ?? '').length,
      dir: getComputedStyle(el).direction,
    }));
    expect(before).toBe(claim.start);
    expect(dir).toBe('rtl');
    await expect(mark.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
    await page.locator('#article').screenshot({ path: path.join(artifacts, 'dashboard-article-highlight.png') });
  });

  it('draws the alignment network with a node per actor and issue', async () => {
    const network = page.locator('#network');
    await network.scrollIntoViewIfNeeded();
    const positions = await gql<{ positions: unknown[]; issues: unknown[] }>(base, '{ positions(issue: "withdrawal") { stance } issues { id } }');
    expect(Number(await network.getAttribute('data-nodes'))).toBe(positions.positions.length + positions.issues.length);
    expect(Number(await network.getAttribute('data-edges'))).toBeGreaterThan(0);
    // cytoscape draws on canvases: at least one must carry painted pixels.
    const painted = await network.evaluate((el) =>
      [...el.querySelectorAll('canvas')].some((canvas) => {
        const ctx = canvas.getContext('2d');
        if (!ctx || canvas.width === 0 || canvas.height === 0) return false;
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
        return false;
      }),
    );
    expect(painted).toBe(true);
    await page.locator('#network-card').screenshot({ path: path.join(artifacts, 'dashboard-network.png') });
  });

  it('switches to Arabic: right to left, Arabic names, and a folded search', async () => {
    await page.click('#lang-ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await expect(page.locator('#positions-SUPPORTS tr[data-actor-id="iraq-mofa"] th bdi').innerText()).resolves.toBe('وزارة الخارجية العراقية');
    const quoteDir = await page.locator('#positions-SUPPORTS button.quote').first().evaluate((el) => getComputedStyle(el).direction);
    expect(quoteDir).toBe('rtl');
    expect(await page.locator('#network').getAttribute('data-labels')).toContain('وزارة الخارجية العراقية');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(artifacts, 'dashboard-ar.png'), fullPage: false });

    // السُّودانيّ with diacritics, without the article: still finds السوداني.
    const all = await page.locator('.positions-table tbody tr[data-actor-id]').count();
    await page.fill('#search', 'سُودانيّ');
    await page.waitForFunction((n) => document.querySelectorAll('.positions-table tbody tr[data-actor-id]').length < n, all);
    const found = await page.locator('.positions-table tbody tr[data-actor-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-actor-id')));
    expect(found).toContain('sudani');
    expect(found).not.toContain('mhmd-znknh');
    expect(Number(await page.locator('#network').getAttribute('data-focused'))).toBe(found.length);
    await page.screenshot({ path: path.join(artifacts, 'dashboard-search.png'), fullPage: false });
    await page.fill('#search', '');
    await page.waitForFunction((n) => document.querySelectorAll('.positions-table tbody tr[data-actor-id]').length === n, all);
  });

  it('shows the matrix, the timeline and the ingest form', async () => {
    expect(await page.locator('#matrix-table tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('#matrix-table td[data-stance="SUPPORTS"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#timeline circle.event').count()).toBeGreaterThan(5);
    await expect(page.locator('#ingest-form textarea[name="text"]').count()).resolves.toBe(1);
    await expect(page.locator('#ingest-form input[name="apiKey"]').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(artifacts, 'dashboard-ar-full.png'), fullPage: true });
  });

  it('ingests a pasted article with the API key, and its actor joins the who-supports table', async () => {
    const text = 'Political analyst Samir Haddad said the withdrawal of US troops from Iraq is a national demand.';
    const form = page.locator('#ingest-form');
    await form.scrollIntoViewIfNeeded();
    await form.locator('textarea[name="text"]').fill(text);
    await form.locator('input[name="outlet"]').fill('Test Wire');
    await form.locator('input[name="apiKey"]').fill(API_KEY);
    await form.locator('button[type="submit"]').click();
    await page.waitForSelector('#positions-SUPPORTS tr[data-actor-id="samir-haddad"]', { timeout: 60000 });
    const stored = await gql<{ actor: { name: string; positions: { stance: string; claims: { quote: string; article: { outlet: string | null } }[] }[] } | null }>(
      base,
      '{ actor(id: "samir-haddad") { name positions { stance claims { quote article { outlet } } } } }',
    );
    expect(stored.actor?.positions.map((p) => p.stance)).toEqual(['SUPPORTS']);
    expect(stored.actor?.positions[0]?.claims[0]).toEqual({ quote: text, article: { outlet: 'Test Wire' } });
  });
});
