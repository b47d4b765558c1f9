import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listClaims, listPositionEdges } from '../../../src/store/read.js';
import { saveBatch } from '../../../src/store/write.js';
import { sampleBatch } from '../../helpers/batch.js';
import { runCli } from '../../helpers/cli.js';
import { TestGraph } from '../../helpers/graph.js';

/** RFC 4180 rows (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  return rows;
}

describe('stancegraph review and export', () => {
  const graph = TestGraph.open();
  const out = mkdtempSync(path.join(os.tmpdir(), 'stancegraph-export-'));

  beforeAll(async () => {
    await graph.wipe();
    await saveBatch(graph.store, sampleBatch());
  });

  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await graph.close();
  });

  it('exits 1 with one line for an unknown claim id, a missing --by or a bad stance', async () => {
    const unknown = await runCli(['review', 'claim', 'no-such-claim', '--stance', 'supports', '--by', 'mona']);
    expect(unknown).toEqual({ code: 1, stdout: '', stderr: 'stancegraph: no claim with id no-such-claim\n' });
    const noBy = await runCli(['review', 'reject', 'claim-pm-1']);
    expect(noBy.code).toBe(1);
    expect(noBy.stderr).toMatch(/^stancegraph: review: by: --by NAME is required[^\n]*\n$/);
    const badStance = await runCli(['review', 'claim', 'claim-pm-1', '--stance', 'maybe', '--by', 'x']);
    expect(badStance.code).toBe(1);
    expect(badStance.stderr.split('\n')).toHaveLength(2);
    const badAction = await runCli(['review', 'merge', 'only-one', '--by', 'x']);
    expect(badAction.stderr).toMatch(/say claim CLAIM_ID, reject CLAIM_ID, merge FROM_ACTOR INTO_ACTOR or alias ACTOR_ID ALIAS/);
    const unknownActor = await runCli(['review', 'merge', 'iraq-pm', 'ghost', '--by', 'x']);
    expect(unknownActor).toMatchObject({ code: 1, stderr: 'stancegraph: no actor with id ghost\n' });
  });

  it('review claim/reject/alias/merge change the graph and recompute the position edges', async () => {
    const relabel = await runCli(['review', 'claim', 'claim-defence-1', '--stance', 'SUPPORTS', '--by', 'mona', '--format', 'json']);
    expect(relabel.code).toBe(0);
    expect(JSON.parse(relabel.stdout)).toMatchObject({ action: 'claim', reviewedBy: 'mona' });
    expect((await listPositionEdges(graph.store)).map((e) => [e.actorId, e.edge])).toEqual([
      ['iraq-defence-ministry', 'SUPPORTS'],
      ['iraq-pm', 'SUPPORTS'],
    ]);
    expect((await runCli(['review', 'alias', 'iraq-pm', 'أبو مصطفى', '--by', 'mona'])).code).toBe(0);
    const merge = await runCli(['review', 'merge', 'iraq-defence-ministry', 'iraq-pm', '--by', 'ali']);
    expect(merge.stdout).toMatch(/^actor iraq-defence-ministry merged into iraq-pm: 1 claims moved/);
    expect((await listClaims(graph.store, { actorId: 'iraq-pm', issueId: 'withdrawal' })).map((c) => c.id).sort()).toEqual(['claim-defence-1', 'claim-pm-1']);
    expect((await runCli(['review', 'reject', 'claim-defence-1', '--by', 'ali'])).code).toBe(0);
    expect((await listPositionEdges(graph.store)).map((e) => [e.actorId, e.edge, e.claims])).toEqual([['iraq-pm', 'SUPPORTS', 1]]);
  });

  it('export --format json writes everything, and csv and graphml parse back to the same graph', async () => {
    const json = await runCli(['export', '--format', 'json', '--out', out]);
    expect(json.code).toBe(0);
    const data = JSON.parse(readFileSync(path.join(out, 'stancegraph.json'), 'utf8')) as {
      actors: { id: string; aliases: string[] }[];
      merges: { id: string; intoId: string; reviewedBy: string }[];
      articles: { id: string; text: string }[];
      claims: { id: string; quote: string; rejected: boolean; occurrences: { articleId: string; start: number; end: number }[] }[];
      positions: { actorId: string; edge: string }[];
    };
    expect(data.actors.map((a) => a.id)).toEqual(['iraq-government', 'iraq-pm']);
    expect(data.merges).toEqual([expect.objectContaining({ id: 'iraq-defence-ministry', intoId: 'iraq-pm', reviewedBy: 'ali' })]);
    const texts = new Map(data.articles.map((a) => [a.id, a.text]));
    for (const claim of data.claims) {
      for (const o of claim.occurrences) expect(texts.get(o.articleId)?.slice(o.start, o.end)).toBe(claim.quote);
    }
    expect(data.claims.map((c) => [c.id, c.rejected])).toEqual([
      ['claim-defence-1', true],
      ['claim-pm-1', false],
    ]);

    const csvFile = path.join(out, 'claims.csv');
    expect((await runCli(['export', '--format', 'csv', '--out', csvFile])).code).toBe(0);
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header?.slice(0, 8)).toEqual(['claim_id', 'actor_id', 'actor_name', 'actor_name_ar', 'issue_id', 'stance', 'qualifiers', 'quote']);
    const col = (name: string) => header!.indexOf(name);
    // The PM's claim is carried by two outlets: two rows, one per article, with that article's offsets.
    expect(rows.map((r) => [r[col('claim_id')], r[col('article_id')], r[col('outlet')], r[col('published_at')]])).toEqual([
      ['claim-defence-1', 'defence-1', 'السومرية نيوز', '2024-02-01'],
      ['claim-pm-1', 'wire-a', 'وكالة الأنباء العراقية', '2024-01-10'],
      ['claim-pm-1', 'wire-b', 'السومرية نيوز', '2024-01-11'],
    ]);
    for (const r of rows) {
      expect(texts.get(r[col('article_id')]!)?.slice(Number(r[col('start')]), Number(r[col('end')]))).toBe(r[col('quote')]);
    }

    const graphml = await runCli(['export', '--format', 'graphml']);
    expect(graphml.code).toBe(0);
    const xml = graphml.stdout;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /);
    const nodes = [...xml.matchAll(/<node id="([^"]+)">/g)].map((m) => m[1]);
    expect(nodes).toEqual(['issue:withdrawal', 'actor:iraq-government', 'actor:iraq-pm']);
    const edges = [...xml.matchAll(/<edge id="[^"]+" source="([^"]+)" target="([^"]+)">\n\s*<data key="edgeType">([^<]+)<\/data>/g)].map((m) => [m[1], m[3], m[2]]);
    expect(edges).toEqual([
      ['actor:iraq-pm', 'SUPPORTS', 'issue:withdrawal'],
      ['actor:iraq-pm', 'PART_OF', 'actor:iraq-government'],
    ]);
    expect(xml).toContain('<data key="claims">1</data>');
    expect(xml).toContain('<data key="nameAr">رئيس الوزراء العراقي</data>');
    // Well-formed: every element closed.
    expect(xml.match(/<node /g)?.length).toBe(xml.match(/<\/node>/g)?.length);
    expect(xml.trimEnd().endsWith('</graphml>')).toBe(true);
  });

  it('export --format jsonld gives every claim its quote, offsets, article URL and date', async () => {
    const result = await runCli(['export', '--format', 'jsonld', '--out', out]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(readFileSync(path.join(out, 'stancegraph.jsonld'), 'utf8')) as { '@context': Record<string, unknown>; '@graph': Record<string, any>[] };
    expect(doc['@context']['@vocab']).toBe('https://schema.org/');
    const claims = doc['@graph'].filter((node) => node['@type'] === 'Claim');
    expect(claims.map((c) => c.identifier)).toEqual(['claim-defence-1', 'claim-pm-1']);
    const pm = claims.find((c) => c.identifier === 'claim-pm-1')!;
    expect(pm).toMatchObject({ author: { '@id': 'urn:stancegraph:actor:iraq-pm' }, about: { '@id': 'urn:stancegraph:issue:withdrawal' }, stance: 'supports', confidence: 0.9 });
    expect(pm.appearance.map((a: any) => [a.isPartOf.datePublished, a.isPartOf.publisher.name, a.isPartOf['@id']])).toEqual([
      ['2024-01-10', 'وكالة الأنباء العراقية', 'urn:stancegraph:article:wire-a'],
      ['2024-01-11', 'السومرية نيوز', 'urn:stancegraph:article:wire-b'],
    ]);
    for (const a of pm.appearance) expect(a).toMatchObject({ '@type': 'Quotation', text: pm.text, startOffset: expect.any(Number), endOffset: expect.any(Number) });
    expect(pm.appearance[0].endOffset - pm.appearance[0].startOffset).toBe(pm.text.length);
  });

  it('export needs a format and a writable place', async () => {
    expect(await runCli(['export'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^stancegraph: export: format: say --format graphml, csv, json or jsonld\n$/) });
    expect(await runCli(['export', '--format', 'csv', '--out', path.join(out, 'missing', 'x.csv')])).toMatchObject({ code: 1, stderr: expect.stringMatching(/is not a directory/) });
  });
});
