import { describe, expect, it } from '@jest/globals';
import { buildMatchView, toOriginalSpan } from '../../../src/ingest/normalize.js';
import { findQuotations, segmentSentences } from '../../../src/ingest/segment.js';
import { tokenize } from '../../../src/ingest/tokens.js';

function sentencesOf(original: string): string[] {
  const view = buildMatchView(original);
  return segmentSentences(view, tokenize(view)).map((s) => {
    const span = toOriginalSpan(view, s.start, s.end);
    return original.slice(span.start, span.end);
  });
}

describe('segmentSentences', () => {
  it('splits a sentence end glued to the next word (التحالف.وتنشر)', () => {
    expect(sentencesOf('قالت الخارجية إن الحوار سيبحث مستقبل التحالف.وتنشر واشنطن نحو 2500 جندي.')).toEqual([
      'قالت الخارجية إن الحوار سيبحث مستقبل التحالف.',
      'وتنشر واشنطن نحو 2500 جندي.',
    ]);
  });

  it('does not split at decimals or at U.S.', () => {
    expect(sentencesOf('Some 2.5 million people live near U.S. bases. Officials said talks would go on.')).toEqual([
      'Some 2.5 million people live near U.S. bases.',
      'Officials said talks would go on.',
    ]);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(sentencesOf('قال "إن الوضع صعب." وأضاف أن الحوار مستمر.')).toEqual(['قال "إن الوضع صعب."', 'وأضاف أن الحوار مستمر.']);
  });

  it('ends a sentence at a line break and at Arabic question marks', () => {
    expect(sentencesOf('عنوان بلا نقطة\r\nهل ينسحب الأمريكيون؟ لا أحد يعرف')).toEqual(['عنوان بلا نقطة', 'هل ينسحب الأمريكيون؟', 'لا أحد يعرف']);
  });

  it('does not end a sentence at a period inside brackets, only after them', () => {
    expect(sentencesOf('Sen. Jack Reed (R.I.), the top Democrat, said he agreed. Others did not.')).toEqual(['Sen. Jack Reed (R.I.), the top Democrat, said he agreed.', 'Others did not.']);
  });

  it('does not split at the Arabic د. (Dr.)', () => {
    expect(sentencesOf('ورأى أستاذ العلوم السياسية د. فهد العنزي أن الوضع صعب. وأضاف أن الحوار مستمر.')).toEqual(['ورأى أستاذ العلوم السياسية د. فهد العنزي أن الوضع صعب.', 'وأضاف أن الحوار مستمر.']);
  });

  it('does not split at Mr. or Gen.', () => {
    expect(sentencesOf('Gen. Ryder met Mr. Hussein in Baghdad. They spoke.')).toEqual(['Gen. Ryder met Mr. Hussein in Baghdad.', 'They spoke.']);
  });
});

describe('findQuotations', () => {
  it('finds quotes in «», “” and "" marks, not across a line break', () => {
    const original = 'قال «نريد الخروج» ثم “لن نقبل” و"كفى"\nوقال "غير مغلق\nهنا"';
    const view = buildMatchView(original);
    const quoted = findQuotations(view).map((q) => {
      const span = toOriginalSpan(view, q.start, q.end);
      return original.slice(span.start, span.end);
    });
    expect(quoted).toEqual(['«نريد الخروج»', '“لن نقبل”', '"كفى"']);
  });
});
