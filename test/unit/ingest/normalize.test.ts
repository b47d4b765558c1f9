import { describe, expect, it } from '@jest/globals';
import { buildMatchView, foldText, insertIntoView, toOriginalSpan } from '../../../src/ingest/normalize.js';
import { expectViewMapsInside } from '../../helpers/invariants.js';

describe('foldText', () => {
  it.each([
    ['أحمد إبراهيم آمن', 'احمد ابراهيم امن'],
    ['مستشفى', 'مستشفي'],
    ['الحكومة العراقية', 'الحكومه العراقيه'],
    ['مؤتمر هيئة', 'موتمر هييه'],
    ['مُسْتَشَارِين', 'مستشارين'],
    ['الانسحـــــاب', 'الانسحاب'],
    ['٢٠٢٤', '2024'],
    ['  Reuters   AFP ', 'reuters afp'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('folds differently written forms of one name to the same string', () => {
    expect(foldText('الإدارة الأمريكيّة')).toBe(foldText('الادارة الامريكية'));
  });
});

describe('buildMatchView', () => {
  it('drops diacritics and tatweel but maps every view character to its original letter', () => {
    const original = 'قالَ الخبيـــرُ';
    const view = buildMatchView(original);
    expect(view.text).toBe('قال الخبير');
    for (let i = 0; i < view.text.length; i++) {
      const span = toOriginalSpan(view, i, i + 1);
      if (view.text[i] !== ' ') expect(foldText(original.slice(span.start, span.end))).toBe(view.text[i]);
    }
    expectViewMapsInside(view, original);
  });

  it('maps a view word back to the whole original word, diacritics and tatweel included', () => {
    const original = 'وأكّد أنّ الانسحـــابَ قريب';
    const view = buildMatchView(original);
    const at = view.text.indexOf('الانسحاب');
    const span = toOriginalSpan(view, at, at + 'الانسحاب'.length);
    expect(original.slice(span.start, span.end)).toBe('الانسحـــابَ');
  });

  it('drops a BOM and zero-width characters from the view, keeping offsets into the original', () => {
    const original = '\uFEFFقال\u200Fالسوداني';
    const view = buildMatchView(original);
    expect(view.text).toBe('قالالسوداني');
    expect(view.starts[0]).toBe(1);
    expectViewMapsInside(view, original);
  });

  it('keeps one view character per code unit for text outside the BMP', () => {
    const original = 'قال 😀 Washington';
    const view = buildMatchView(original);
    expect(view.text.length).toBe(original.length);
    expect(view.text.endsWith('washington')).toBe(true);
    expectViewMapsInside(view, original);
  });

  it('maps an empty range to a point inside the text', () => {
    const view = buildMatchView('قال');
    expect(toOriginalSpan(view, 3, 3)).toEqual({ start: 3, end: 3 });
    expect(toOriginalSpan(view, 1, 1)).toEqual({ start: 1, end: 1 });
  });
});

describe('insertIntoView', () => {
  it('inserts separators that map to empty ranges, leaving the rest of the map intact', () => {
    const original = 'واشنطنوبغداد';
    const view = insertIntoView(buildMatchView(original), [{ at: 6, text: ' ' }]);
    expect(view.text).toBe('واشنطن وبغداد');
    const second = toOriginalSpan(view, 7, view.text.length);
    expect(original.slice(second.start, second.end)).toBe('وبغداد');
    expect(toOriginalSpan(view, 6, 7)).toEqual({ start: 6, end: 6 });
    expectViewMapsInside(view, original);
  });
});
