import { beforeAll, describe, it } from '@jest/globals';
import fc from 'fast-check';
import { parseArticle } from '../../../src/ingest/load.js';
import { buildMatchView } from '../../../src/ingest/normalize.js';
import { analyzeText, extractClaims } from '../../../src/ingest/pipeline.js';
import { expectValidSpans, expectViewMapsInside, loadTestExtractor } from '../../helpers/invariants.js';

const ARABIC_WORDS = [
  'قال', 'وقال', 'أكد', 'وأضاف', 'إن', 'أن', 'لا', 'لن', 'لم', 'نريد', 'تطالب', 'تخشى', 'يرى', 'المحلل', 'السياسي', 'الخبير', 'الأمني',
  'السوداني', 'واشنطن', 'وواشنطن', 'بغداد', 'للخارجية', 'الحكومة', 'العراقية', 'الإدارة', 'الأميركية', 'فصائل', 'مسلحة', 'وأحزاب', 'سنية', 'وكردية',
  'انسحاب', 'الانسحاب', 'القوات', 'الأمريكية', 'التحالف', 'الدولي', 'إنهاء', 'مهمة', 'كارثة', 'فراغ', 'مطلب', 'الفوري', 'التدريجي', 'جدول', 'زمني',
  'الولاياتالمتحدةوالعراق', 'واشنطنوبغداد', 'التحالف.وتنشر', 'رويترز', 'كريم', 'الموسوي', 'مستشفى', 'هيئة', 'مؤتمر',
];
const ENGLISH_WORDS = ['said', 'the', 'U.S.', 'Pentagon', 'withdrawal', 'troops', 'does', 'not', 'support', 'analyst', 'Karim', 'Reuters', '2.5', 'Iraq', 'Deputy', 'committee', 'chairman', 'Lawin', 'Jaff', 'a', 'Kurdish', 'lawmaker', 'Senator', 'spokesman', 'for'];
const PUNCTUATION = ['.', '،', ',', '؟', '!', ':', '"', '«', '»', '“', '”', '(', ')', '-', '\n', '\r\n', ' '];
const MARKS = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u0640', '\u0640\u0640\u0640', '\u200F'];

/** A word, possibly with diacritics or tatweel inside it. */
const decoratedWord = fc
  .tuple(fc.constantFrom(...ARABIC_WORDS), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...MARKS)), { maxLength: 3 }))
  .map(([word, marks]) => {
    let out = word;
    for (const [at, mark] of marks) {
      const i = 1 + (at % Math.max(1, out.length - 1));
      out = out.slice(0, i) + mark + out.slice(i);
    }
    return out;
  });

const piece = fc.oneof(
  { weight: 6, arbitrary: decoratedWord },
  { weight: 2, arbitrary: fc.constantFrom(...ENGLISH_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
);

const article = fc
  .tuple(fc.boolean(), fc.array(piece, { minLength: 12, maxLength: 80 }), fc.constantFrom('', '\n(رويترز)', '\r\n(أ ف ب)\r\n'))
  .map(([bom, pieces, tail]) => `${bom ? '\uFEFF' : ''}${pieces.join(' ')}${tail}`)
  .filter((text) => (text.match(/[\u0600-\u06FFA-Za-z]/g) ?? []).length >= 20);

let tools: ReturnType<typeof loadTestExtractor>;
beforeAll(() => {
  tools = loadTestExtractor();
});

describe('span invariants on generated text', () => {
  it('every claim evidence is text.slice(start, end) of the original article', () => {
    fc.assert(
      fc.property(article, (text) => {
        const parsed = parseArticle(text, tools.lexicon, { file: 'generated.txt' });
        const result = extractClaims(parsed, tools.extractor);
        expectValidSpans(parsed, result.claims);
      }),
      { numRuns: 150 },
    );
  });

  it('every view character, before and after glued-word repair, maps inside the original text', () => {
    fc.assert(
      fc.property(article, (text) => {
        expectViewMapsInside(buildMatchView(text), text);
        const analyzed = analyzeText(parseArticle(text, tools.lexicon), tools.extractor);
        expectViewMapsInside(analyzed.view, text);
      }),
      { numRuns: 150 },
    );
  });
});
