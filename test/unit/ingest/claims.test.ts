import { beforeAll, describe, expect, it } from '@jest/globals';
import { claimId, toGraphBatch } from '../../../src/ingest/claims.js';
import { parseArticle } from '../../../src/ingest/load.js';
import { extractClaims } from '../../../src/ingest/pipeline.js';
import { expectValidSpans, loadTestExtractor } from '../../helpers/invariants.js';

let tools: ReturnType<typeof loadTestExtractor>;
beforeAll(() => {
  tools = loadTestExtractor();
});

const WIRE_BODY = [
  'أعلنت وزارة الخارجية العراقية أن بغداد وواشنطن اتفقتا على تشكيل لجنة لبدء محادثات حول مستقبل التحالف.',
  'وقال المحلل السياسي كريم الموسوي إن انسحاب القوات الأمريكية سيكون كارثة حقيقية على البلاد.',
  'وتطالب فصائل مسلحة بالانسحاب الفوري للقوات الأمريكية من العراق.',
  'ويتوقع مسؤولون أن تستغرق المحادثات أشهرا عدة قبل التوصل إلى اتفاق نهائي بين البلدين.',
].join('\n');

function extract(text: string, file: string) {
  const result = extractClaims(parseArticle(text, tools.lexicon, { file }), tools.extractor);
  expectValidSpans(result.article, result.claims);
  return result;
}

describe('claimId', () => {
  it('is deterministic and ignores spelling variants of the same words', () => {
    const id = claimId('sudani', 'withdrawal', 'قال السوداني إن الانسحاب ضرورة.');
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(claimId('sudani', 'withdrawal', 'قال السوداني إن الانسحاب ضرورة.')).toBe(id);
    expect(claimId('sudani', 'withdrawal', 'قالَ السودانيّ إنّ الانسحاب ضرورة')).toBe(id);
  });

  it('differs by actor, issue and wording', () => {
    const id = claimId('sudani', 'withdrawal', 'الانسحاب ضرورة');
    expect(claimId('abadi', 'withdrawal', 'الانسحاب ضرورة')).not.toBe(id);
    expect(claimId('sudani', 'other', 'الانسحاب ضرورة')).not.toBe(id);
    expect(claimId('sudani', 'withdrawal', 'الانسحاب كارثة')).not.toBe(id);
  });
});

describe('toGraphBatch', () => {
  it('groups wire copies from different outlets into one claim with an occurrence per outlet', () => {
    const copies = [
      extract(`المصدر: شفق نيوز\nالأحد 14 يناير 2024\n${WIRE_BODY}\n(أ ف ب)\n`, 'shafaq.txt'),
      extract(`المصدر: رووداو\n14/01/2024\n${WIRE_BODY}\n`, 'rudaw.txt'),
    ];
    expect(copies[0]!.claims.length).toBeGreaterThan(0);
    const batch = toGraphBatch(copies, tools.extractor.issues);
    expect(batch.articles.map((a) => a.outlet)).toEqual(['Shafaq News', 'Rudaw']);
    expect(batch.claims).toHaveLength(copies[0]!.claims.length);
    const articleIds = batch.articles.map((a) => a.id);
    for (const claim of batch.claims) {
      expect(claim.occurrences.map((o) => o.articleId)).toEqual(articleIds);
      for (const occurrence of claim.occurrences) {
        const article = batch.articles.find((a) => a.id === occurrence.articleId)!;
        expect(article.text.slice(occurrence.start, occurrence.end)).toBe(claim.quote);
      }
    }
  });

  it('keeps different stories apart and gives the same ids on a second run', () => {
    const one = extract(WIRE_BODY, 'one.txt');
    const other = extract('قال السوداني إن الحكومة تريد انسحاب القوات الأمريكية من العراق وفق جدول زمني واضح ومحدد.\nوأضاف أن الحوار مستمر مع الجانب الأمريكي منذ أسابيع.', 'other.txt');
    const first = toGraphBatch([one, other], tools.extractor.issues);
    const second = toGraphBatch([one, other], tools.extractor.issues);
    expect(first.claims.every((c) => c.occurrences.length === 1)).toBe(true);
    expect(first.claims.map((c) => c.id)).toEqual(second.claims.map((c) => c.id));
    expect(new Set(first.claims.map((c) => c.articleId)).size).toBe(2);
    const actorIds = new Set(first.actors.map((a) => a.id));
    for (const claim of first.claims) expect(actorIds.has(claim.actorId)).toBe(true);
  });
});
