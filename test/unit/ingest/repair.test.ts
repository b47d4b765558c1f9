import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildMatchView, toOriginalSpan } from '../../../src/ingest/normalize.js';
import { loadArabicWordList, repairGluedWords, splitGluedWord, type WordList } from '../../../src/ingest/repair.js';
import { tokenize } from '../../../src/ingest/tokens.js';
import { expectViewMapsInside } from '../../helpers/invariants.js';

let words: WordList;
const isWord = (w: string): boolean => words.has(w);

beforeAll(() => {
  words = loadArabicWordList();
});

describe('splitGluedWord with the Arabic word list', () => {
  it.each([
    ['الولاياتالمتحدةوالعراق', ['الولايات', 'المتحدة', 'والعراق']],
    ['واشنطنوبغداد', ['واشنطن', 'وبغداد']],
    ['الحكومةالعراقية', ['الحكومة', 'العراقية']],
  ])('splits %s into words', (glued, parts) => {
    expect(splitGluedWord(glued, isWord)).toEqual(parts);
  });

  it.each(['الانسحاب', 'المفاوضات', 'والاستخبارات', 'العسكريين', 'المستشارين'])('leaves the real word %s alone', (word) => {
    expect(splitGluedWord(word, isWord)).toBeNull();
  });

  it.each(['العلواني', 'الجبوري', 'الحلبوسي'])('leaves the family name %s whole, though a split would give two short words', (name) => {
    expect(splitGluedWord(name, isWord)).toBeNull();
  });

  it('leaves short tokens alone', () => {
    expect(splitGluedWord('بغداد', isWord)).toBeNull();
  });
});

describe('repairGluedWords', () => {
  function repair(original: string, known: string[] = []) {
    const view = buildMatchView(original);
    return repairGluedWords(view, original, tokenize(view), words, new Set(known));
  }

  it('separates glued words in the view and keeps the map to the original', () => {
    const original = 'اتفقت واشنطنوبغداد على تشكيل لجنة';
    const view = repair(original);
    expect(view.text).toBe('اتفقت واشنطن وبغداد علي تشكيل لجنه');
    const at = view.text.indexOf('وبغداد');
    const span = toOriginalSpan(view, at, at + 'وبغداد'.length);
    expect(original.slice(span.start, span.end)).toBe('وبغداد');
    expectViewMapsInside(view, original);
  });

  it('never splits a name the gazetteer knows', () => {
    expect(repair('قال السوداني', ['السوداني']).text).toBe('قال السوداني');
    expect(repair('قال فرهادعلاء', ['فرهادعلاء']).text).toBe('قال فرهادعلاء');
  });

  it('repairs glued words that carry diacritics', () => {
    const original = 'واشنطنَوبغدادُ اتفقتا';
    const view = repair(original);
    expect(view.text.startsWith('واشنطن وبغداد')).toBe(true);
    expectViewMapsInside(view, original);
  });
});
