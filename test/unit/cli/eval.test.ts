import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../helpers/cli.js';

describe('stancegraph eval', () => {
  it('an article that cannot be read is scored as finding nothing and named, not left out of the totals', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stancegraph-eval-'));
    mkdirSync(path.join(dir, 'articles'));
    writeFileSync(path.join(dir, 'articles', 'readable.txt'), 'وطالب وزير الخارجية فؤاد حسين بانسحاب القوات الأمريكية.\n');
    writeFileSync(path.join(dir, 'articles', 'binary.txt'), Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x01, 0x02]));
    const claim = { actor: 'fuad', stance: 'supports', evidence: 'تطالب بانسحاب القوات' };
    const gold = { actors: { fuad: ['فؤاد حسين'] }, articles: { readable: [claim], binary: [claim] } };
    writeFileSync(path.join(dir, 'gold.json'), JSON.stringify(gold));

    const text = await runCli(['eval', '--gold', path.join(dir, 'gold.json')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/TP 1, FP 0, FN 1/);
    expect(text.stdout).toMatch(/could not read \(scored as finding nothing\): .*binary\.txt/);

    const json = await runCli(['eval', '--format', 'json', '--gold', path.join(dir, 'gold.json')]);
    const [report] = JSON.parse(json.stdout) as { totals: { misses: number }; unreadFiles: { file: string }[] }[];
    expect(report!.totals.misses).toBe(1);
    expect(report!.unreadFiles.map((f) => path.basename(f.file))).toEqual(['binary.txt']);
  });
});
