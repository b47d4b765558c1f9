import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildAhoCorasick } from '../../../src/ingest/aho-corasick.js';

function matches(patterns: string[], text: string): string[] {
  const found: string[] = [];
  buildAhoCorasick(patterns).scan(text, (start, end, index) => found.push(`${patterns[index]}@${start}-${end}`));
  return found.sort();
}

function naive(patterns: string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((p) => {
    if (p.length === 0) return;
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) found.push(`${p}@${i}-${i + p.length}`);
  });
  return found.sort();
}

describe('buildAhoCorasick', () => {
  it('finds overlapping and nested patterns', () => {
    expect(matches(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['he@2-4', 'hers@2-6', 'she@1-4']);
  });

  it('finds Arabic phrases nested in each other', () => {
    const patterns = ['انهاء مهمه التحالف', 'مهمه التحالف', 'التحالف', 'التحالف الدولي'];
    expect(matches(patterns, 'انهاء مهمه التحالف الدولي')).toEqual(naive(patterns, 'انهاء مهمه التحالف الدولي'));
  });

  it('finds repeated occurrences, including overlapping ones of one pattern', () => {
    expect(matches(['aa'], 'aaaa')).toEqual(['aa@0-2', 'aa@1-3', 'aa@2-4']);
  });

  it('ignores empty patterns and reports nothing on text without matches', () => {
    expect(matches(['', 'x'], 'abc')).toEqual([]);
  });

  it('finds the same occurrences whatever else the lexicon holds', () => {
    const text = 'قالت الخارجية العراقية إن انسحاب القوات الأمريكية مطلب شعبي';
    const core = ['انسحاب', 'القوات', 'الخارجية العراقية', 'مطلب'];
    const filler = Array.from({ length: 5000 }, (_, i) => `كلمة${i.toString(36)}زائدة`);
    const small = matches(core, text);
    const large: string[] = [];
    const all = [...filler, ...core];
    buildAhoCorasick(all).scan(text, (start, end, index) => large.push(`${all[index]}@${start}-${end}`));
    expect(large.sort()).toEqual(small);
    expect(small).toEqual(naive(core, text));
  });
});

describe('buildAhoCorasick on generated lexicons', () => {
  it('reports exactly the occurrences a naive search finds, for any patterns over a small alphabet', () => {
    const word = fc.string({ unit: fc.constantFrom('ا', 'ل', 'م', 'ن', 'ه', ' '), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.string({ unit: fc.constantFrom('ا', 'ل', 'م', 'ن', 'ه', ' ', 'x'), maxLength: 80 }), (patterns, text) => {
        expect(matches(patterns, text)).toEqual(naive(patterns, text));
      }),
      { numRuns: 300 },
    );
  });
});
