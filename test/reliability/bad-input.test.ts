import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_ARTICLE_BYTES } from '../../src/ingest/load.js';
import { projectRoot, runCli, type CliResult } from '../helpers/cli.js';
import { TestGraph } from '../helpers/graph.js';
import { query, testServer } from '../helpers/graphql.js';

/**
 * One batch of good and bad files, ingested with the CLI into the real test database: every bad
 * file is refused with its name and reason, nothing of it is stored, the good ones are.
 */

const good = (name: string) => readFileSync(path.join(projectRoot, 'test/fixtures/articles', name), 'utf8');
const ARABIC = 'قال رئيس الوزراء إن الحكومة تريد انسحاب القوات الأمريكية من العراق في أقرب وقت.';
// ARABIC as Windows-1256 bytes (iconv -f UTF-8 -t WINDOWS-1256).
const WINDOWS_1256 = Buffer.from(
  'dec7e120d1c6edd320c7e1e6d2d1c7c120c5e420c7e1cddfe6e3c920cad1edcf20c7e4d3cdc7c820c7e1dee6c7ca20c7e1c3e3d1eddfedc920e3e420c7e1dad1c7de20dded20c3ded1c820e6deca2e',
  'hex',
);

/** A text of one line just under the size limit: quotations back to back, no line break anywhere. */
function oneHugeLine(): string {
  const sentence = good('ar-shafaq-mps.txt').replace(/\s+/g, ' ');
  let line = '';
  while (Buffer.byteLength(line) + Buffer.byteLength(sentence) + 1 < MAX_ARTICLE_BYTES) line += `${sentence} `;
  return line;
}

const BAD_FILES: Record<string, { bytes: Buffer | string; reason: RegExp }> = {
  'empty.txt': { bytes: '', reason: /the file is empty/ },
  'whitespace.txt': { bytes: '  \n\t\n   \n', reason: /the article has no text/ },
  'binary.txt': { bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), reason: /binary/ },
  'control-characters.txt': { bytes: Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7) + 1)), reason: /binary/ },
  'windows-1256.txt': { bytes: WINDOWS_1256, reason: /not valid UTF-8 \(Windows-1256/ },
  'utf16-bom.txt': { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARABIC, 'utf16le')]), reason: /UTF-16/ },
  'utf16le-no-bom.txt': { bytes: Buffer.from(ARABIC, 'utf16le'), reason: /UTF-16 \(LE, without a byte-order mark\)/ },
  'utf16be-no-bom.txt': { bytes: Buffer.from(ARABIC, 'utf16le').swap16(), reason: /UTF-16 \(BE, without a byte-order mark\)/ },
  'fifty-megabytes.txt': { bytes: Buffer.alloc(50 * 1024 * 1024, 'انسحاب '), reason: /50\.0 MB is larger than the 512 KB limit/ },
  'impossible-date.txt': { bytes: `شفق نيوز\n2024-02-30\n${ARABIC}\n`, reason: /line 2: "2024-02-30" is not a valid date/ },
  'unreadable-date.txt': { bytes: `التاريخ: أمس\n${ARABIC}\n`, reason: /line 1: "أمس" is not a date/ },
  'russian.txt': { bytes: 'Министр иностранных дел заявил (Reuters, Pentagon, Washington), что вывод войск начнётся в следующем году, сообщает агентство.\n', reason: /neither Arabic nor English/ },
};

const GOOD_FILES: Record<string, string> = {
  'good-arabic.txt': good('ar-shafaq-mps.txt'),
  'good-english.txt': good('en-pentagon-senator.txt'),
  // No date anywhere: stored undated (the timeline gives such articles a column of their own).
  'good-undated.txt': `${ARABIC}\n`,
  'one-huge-line.txt': oneHugeLine(),
};

describe('a batch with bad files', () => {
  const graph = TestGraph.open();
  let dir: string;
  let result: CliResult;
  let seconds: number;

  beforeAll(async () => {
    await graph.wipe();
    dir = mkdtempSync(path.join(tmpdir(), 'stancegraph-bad-input-'));
    for (const [name, { bytes }] of Object.entries(BAD_FILES)) writeFileSync(path.join(dir, name), bytes);
    for (const [name, text] of Object.entries(GOOD_FILES)) writeFileSync(path.join(dir, name), text);
    const started = Date.now();
    result = await runCli(['ingest', dir]);
    seconds = (Date.now() - started) / 1000;
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await graph.close();
  });

  it('exits 1 and names every bad file with its reason, one line each, no stack trace', () => {
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    for (const [name, { reason }] of Object.entries(BAD_FILES)) {
      const line = lines.find((l) => l.includes(`${path.sep}${name}:`));
      expect(line).toMatch(reason);
    }
    expect(lines.at(-1)).toBe(`${Object.keys(BAD_FILES).length} of ${Object.keys(BAD_FILES).length + Object.keys(GOOD_FILES).length} files failed`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('stores the good files and nothing of the bad ones', async () => {
    expect(result.stdout).toMatch(new RegExp(`^ingested ${Object.keys(GOOD_FILES).length} of ${Object.keys(BAD_FILES).length + Object.keys(GOOD_FILES).length} files`));
    const { records } = await graph.store.driver.executeQuery('MATCH (a:Article) RETURN a.file AS file, a.publishedAt AS date ORDER BY file');
    const stored = records.map((r) => ({ file: path.basename(String(r.get('file'))), date: r.get('date') as string | null }));
    expect(stored.map((s) => s.file)).toEqual(Object.keys(GOOD_FILES).sort());
    expect(stored.find((s) => s.file === 'good-undated.txt')?.date).toBeNull();
  });

  it('reads one huge line and refuses a 50 MB file without hanging', () => {
    // Extraction of the 512 KB line dominates; the 50 MB file is refused by its size, unread.
    expect(seconds).toBeLessThan(120);
  });
});

describe('wrong types on the command line and in GraphQL', () => {
  const graph = TestGraph.open();
  afterAll(() => graph.close());

  it.each([
    [['ingest', '--format', 'xml', 'data/corpus'], /ingest: format: /],
    [['serve', '--port', 'eighty'], /serve: port: /],
    [['serve', '--port', '70000'], /serve: port: /],
    [['review', 'claim', 'c1', '--stance', 'maybe', '--by', 'Mona'], /review: stance: /],
    [['ingest'], /ingest: arguments: give at least one FILE or DIR/],
    [['ingest', '/no/such/dir'], /\/no\/such\/dir: no such file or directory/],
  ])('%j exits 1 with one line naming the flag', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('GraphQL arguments of the wrong type are refused by name before anything runs', async () => {
    const yoga = testServer(graph.store, { apiKey: 'k'.repeat(32) });
    const wrongInt = await query(yoga, '{ claimsConnection(first: "ten") { totalCount } }');
    expect(wrongInt.errors?.[0]?.message).toMatch(/Int cannot represent non-integer value: "ten"/);
    const wrongVariable = await query(yoga, 'query($n: Int) { claimsConnection(first: $n) { totalCount } }', { n: 'ten' });
    expect(wrongVariable.errors?.[0]?.message).toMatch(/Variable "\$n" got invalid value "ten"/);
    const badDate = await query(
      yoga,
      'mutation { ingestArticle(input: { text: "x", publishedAt: "2024-02-30" }) { article { id } } }',
      {},
      { 'x-api-key': 'k'.repeat(32) },
    );
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0]?.message).toMatch(/publishedAt/);
  });
});
