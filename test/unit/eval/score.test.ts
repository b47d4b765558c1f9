import { describe, expect, it } from '@jest/globals';
import { GoldFileSchema, normalizeName, scoreArticle, totalsOf, type GoldFile, type PredictedPair } from '../../../src/eval/score.js';

const gold: GoldFile = GoldFileSchema.parse({
  actors: {
    sudani: ['Mohammed Shia al-Sudani', 'السوداني'],
    'us-gov': ['Washington', 'الولايات المتحدة'],
    pentagon: ['Pentagon', 'البنتاغون'],
    analyst: ['كريم الموسوي'],
    factions: ['فصائل مسلحة'],
  },
  articles: {
    a: [
      { actor: 'sudani', stance: 'supports' },
      { actor: 'us-gov', stance: 'opposes', accept: ['mixed'] },
      { actor: 'pentagon', stance: 'neutral', optional: true },
      { actor: 'analyst', stance: 'opposes' },
      { actor: 'factions', stance: 'supports', optional: true },
    ],
  },
});
const claims = gold.articles.a!;
const pair = (names: string[], stance: PredictedPair['stance'], actorId = names[0]!): PredictedPair => ({ names, stance, actorId });

describe('normalizeName', () => {
  it('ignores diacritics, letter forms, a leading article, al-, the, case and punctuation', () => {
    expect(normalizeName('السودانيّ')).toBe(normalizeName('سوداني'));
    expect(normalizeName('al-Sudani')).toBe(normalizeName('Sudani'));
    expect(normalizeName('The Pentagon')).toBe(normalizeName('pentagon'));
    expect(normalizeName('الإدارة الأمريكية')).toBe(normalizeName('ادارة الامريكيه'));
    expect(normalizeName("Kata'ib Hezbollah")).toBe(normalizeName('Kata ib Hezbollah'));
  });
});

describe('scoreArticle', () => {
  it('counts a match by any name variant as a true positive', () => {
    const score = scoreArticle('a', [pair(['Mohammed Shia al-Sudani', 'محمد شياع السوداني', 'السوداني'], 'supports', 'sudani')], claims, gold);
    expect(score.truePositives).toBe(1);
    expect(score.falsePositives).toEqual([]);
    expect(score.misses.map((m) => m.actor)).toEqual(['us-gov', 'analyst']);
  });

  it('accepts the stances listed in accept', () => {
    const score = scoreArticle('a', [pair(['واشنطن', 'Washington'], 'mixed', 'us-gov')], claims, gold);
    expect(score.truePositives).toBe(1);
    expect(score.misses.map((m) => m.actor)).toEqual(['sudani', 'analyst']);
  });

  it('counts a wrong stance as a false positive and the gold claim as a miss', () => {
    const score = scoreArticle('a', [pair(['كريم الموسوي'], 'supports', 'krym-almwswy')], claims, gold);
    expect(score.falsePositives).toEqual([{ actorId: 'krym-almwswy', stance: 'supports' }]);
    expect(score.misses.map((m) => m.actor)).toContain('analyst');
  });

  it('neither rewards nor penalises optional claims, and never misses neutral ones', () => {
    const score = scoreArticle('a', [pair(['فصائل مسلحة'], 'supports', 'factions'), pair(['Pentagon'], 'neutral', 'pentagon')], claims, gold);
    expect(score.truePositives).toBe(0);
    expect(score.falsePositives).toEqual([]);
    expect(score.misses.map((m) => m.actor)).toEqual(['sudani', 'us-gov', 'analyst']);
  });

  it('ignores unmatched neutral predictions but not unmatched polar ones', () => {
    const score = scoreArticle('a', [pair(['رويترز'], 'neutral', 'reuters'), pair(['حيدر العبادي'], 'opposes', 'abadi')], claims, gold);
    expect(score.falsePositives).toEqual([{ actorId: 'abadi', stance: 'opposes' }]);
  });

  it('an optional claim with the wrong stance is a false positive', () => {
    const score = scoreArticle('a', [pair(['فصائل مسلحة'], 'opposes', 'factions')], claims, gold);
    expect(score.falsePositives).toEqual([{ actorId: 'factions', stance: 'opposes' }]);
  });
});

describe('totalsOf', () => {
  it('sums articles and computes precision, recall and F1', () => {
    const totals = totalsOf([
      { article: 'a', truePositives: 3, falsePositives: [{ actorId: 'x', stance: 'supports' }], misses: [] },
      { article: 'b', truePositives: 1, falsePositives: [], misses: [claims[0]!, claims[1]!, claims[3]!, claims[0]!] },
    ]);
    expect(totals).toMatchObject({ truePositives: 4, falsePositives: 1, misses: 4, precision: 0.8, recall: 0.5 });
    expect(totals.f1).toBeCloseTo((2 * 0.8 * 0.5) / 1.3, 10);
  });

  it('is 1/1 on nothing to find and nothing found', () => {
    expect(totalsOf([])).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe('GoldFileSchema', () => {
  it('names a claim whose actor key is not declared', () => {
    const parsed = GoldFileSchema.safeParse({ actors: { a: ['A'] }, articles: { x: [{ actor: 'b', stance: 'supports' }] } });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('unknown actor key \\"b\\"');
  });

  it('accepts the fixture gold file', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { findProjectRoot } = await import('../../../src/config/env.js');
    const raw: unknown = JSON.parse(readFileSync(path.join(findProjectRoot(), 'test', 'fixtures', 'gold.json'), 'utf8'));
    const parsed = GoldFileSchema.safeParse(raw);
    expect(parsed.success).toBe(true);
    expect(Object.keys(parsed.data!.articles)).toHaveLength(12);
  });
});
