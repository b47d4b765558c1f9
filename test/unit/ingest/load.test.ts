import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Lexicon } from '../../../src/config/lexicon.js';
import { InputError } from '../../../src/errors.js';
import { decodeArticleBytes, detectLanguage, malformedHeaderDate, MAX_ARTICLE_BYTES, parseArticle, parseDate, readArticleFile } from '../../../src/ingest/load.js';
import { extractFromText, loadTestExtractor } from '../../helpers/invariants.js';

const BODY_AR = 'قال رئيس الوزراء محمد شياع السوداني إن الحكومة تريد انسحاب القوات الأمريكية من العراق.';
let tools: ReturnType<typeof loadTestExtractor>;
let lexicon: Lexicon;
let dir: string;

beforeAll(() => {
  tools = loadTestExtractor();
  lexicon = tools.lexicon;
  dir = mkdtempSync(path.join(tmpdir(), 'stancegraph-load-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const target = path.join(dir, name);
  writeFileSync(target, bytes);
  return target;
}

function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('decodeArticleBytes', () => {
  it('decodes UTF-8 Arabic exactly', () => {
    expect(decodeArticleBytes(Buffer.from(BODY_AR, 'utf8'), 'a.txt')).toBe(BODY_AR);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /empty/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /binary/],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('قال', 'utf16le')]), /UTF-16/],
    ['UTF-16 BE with BOM', Buffer.from([0xfe, 0xff, 0x06, 0x42]), /UTF-16/],
    ['Windows-1256 bytes', Buffer.from([0xe1, 0xe3, 0xf1, 0x20, 0xc7, 0xe1, 0xda]), /not valid UTF-8/],
    ['UTF-16 LE without BOM', Buffer.from(BODY_AR, 'utf16le'), /UTF-16 \(LE, without a byte-order mark\)/],
    ['UTF-16 BE without BOM', Buffer.from('The Pentagon said so.', 'utf16le').swap16(), /UTF-16 \(BE, without a byte-order mark\)/],
    ['text full of control characters', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 5) + 1)), /binary/],
    ['a file over the size limit', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61), /larger than the 512 KB limit/],
  ])('refuses %s with an InputError naming the file', (_label, bytes, reason) => {
    const error = inputErrorOf(() => decodeArticleBytes(bytes, 'news/bad.txt'));
    expect(error.message).toContain('news/bad.txt');
    expect(error.message).toMatch(reason);
    expect(error.code).toBe('BAD_INPUT');
  });
});

describe('readArticleFile', () => {
  it('reads a UTF-8 file and keeps its text verbatim', async () => {
    const article = await readArticleFile(file('plain.txt', `${BODY_AR}\n`), lexicon);
    expect(article.text).toBe(`${BODY_AR}\n`);
    expect(article.file).toMatch(/plain\.txt$/);
    expect(article.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives claims whose evidence slices the text of a file with a BOM', async () => {
    const article = await readArticleFile(file('bom.txt', Buffer.from(`\uFEFF${BODY_AR}`, 'utf8')), lexicon);
    const result = extractFromText(article.text, tools);
    expect(result.claims.length).toBeGreaterThan(0);
    for (const claim of result.claims) expect(claim.evidence.text).toContain('انسحاب القوات');
  });

  it('keeps CRLF line ends and still reads the header lines', async () => {
    const text = 'المصدر: شفق نيوز\r\nالأحد 14 يناير 2024\r\n' + BODY_AR + '\r\n';
    const article = await readArticleFile(file('crlf.txt', text), lexicon);
    expect(article.text).toBe(text);
    expect(article.outlet).toBe('Shafaq News');
    expect(article.publishedAt).toBe('2024-01-14');
    expect(article.text.slice(article.bodyStart).trimStart().startsWith('قال')).toBe(true);
  });

  it.each([
    ['empty.txt', Buffer.alloc(0)],
    ['blank.txt', '  \n\t\r\n  '],
    ['binary.txt', Buffer.from([0x00, 0x01, 0x02, 0x03])],
    ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BODY_AR, 'utf16le')])],
    ['cp1256.txt', Buffer.from([0xe1, 0xe3, 0xf1, 0x20, 0xc7, 0xe1, 0xda])],
  ])('refuses %s with an InputError naming the file', async (name, bytes) => {
    const target = file(name, bytes);
    await expect(readArticleFile(target, lexicon)).rejects.toThrow(InputError);
    await expect(readArticleFile(target, lexicon)).rejects.toThrow(name);
  });

  it('names a missing file', async () => {
    await expect(readArticleFile(path.join(dir, 'nope.txt'), lexicon)).rejects.toThrow(/nope\.txt: no such file/);
  });
});

describe('parseDate', () => {
  it.each([
    ['الأحد 14 يناير 2024', '2024-01-14'],
    ['الاثنين 15 كانون الثاني 2024', '2024-01-15'],
    ['٢٠ يناير ٢٠٢٤', '2024-01-20'],
    ['January 14, 2024', '2024-01-14'],
    ['Sunday, 14 January 2024', '2024-01-14'],
    ['Jan 5, 2024', '2024-01-05'],
    ['Jan. 26, 2024', '2024-01-26'],
    ['06-01-2024', '2024-01-06'],
    ['04/22/2025 05:12 PM EDT', '2025-04-22'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['16/01/2024', '2024-01-16'],
    ['2024-01-14', '2024-01-14'],
  ])('reads %s as %s', (line, iso) => {
    expect(parseDate(line, lexicon.months)).toBe(iso);
  });

  it.each(['31/02/2024', 'قال السوداني إن الحكومة تريد انسحاب القوات', 'January 2024'])('finds no date in %s', (line) => {
    expect(parseDate(line, lexicon.months)).toBeNull();
  });
});

describe('parseArticle', () => {
  it('reads outlet and date from header lines and starts the body after them', () => {
    const text = `المصدر: شفق نيوز\nالأحد 14 يناير 2024\n${BODY_AR}\n`;
    const article = parseArticle(text, lexicon);
    expect(article).toMatchObject({ outlet: 'Shafaq News', publishedAt: '2024-01-14', language: 'ar' });
    expect(text.slice(article.bodyStart).trim()).toBe(BODY_AR);
  });

  it('keeps an unknown outlet named on a المصدر: line as written', () => {
    expect(parseArticle(`المصدر: صحيفة الزوراء\n${BODY_AR}\n`, lexicon).outlet).toBe('صحيفة الزوراء');
  });

  it.each([
    ['(رويترز)', 'Reuters'],
    ['(وكالات)', 'Agencies'],
    ['(أ ف ب)', 'AFP'],
  ])('takes the outlet from a closing agency tag %s', (tag, outlet) => {
    expect(parseArticle(`${BODY_AR}\nوأضاف أن القرار نهائي.\n${tag}\n`, lexicon).outlet).toBe(outlet);
  });

  it('reads an English source line and date', () => {
    const article = parseArticle('Source: Rudaw\nJanuary 17, 2024\nKurdish officials said they oppose the withdrawal of US troops from Iraq.\n', lexicon);
    expect(article).toMatchObject({ outlet: 'Rudaw', publishedAt: '2024-01-17', language: 'en' });
  });

  it('lets options override what the header says', () => {
    const article = parseArticle(`المصدر: شفق نيوز\n${BODY_AR}\n`, lexicon, { outlet: 'Rudaw', publishedAt: '2024-02-01', file: 'x.txt' });
    expect(article).toMatchObject({ outlet: 'Rudaw', publishedAt: '2024-02-01', file: 'x.txt' });
  });

  it('refuses whitespace-only text and text in no language it reads, naming the file', () => {
    expect(inputErrorOf(() => parseArticle(' \n\t ', lexicon, { file: 'blank.txt' })).message).toContain('blank.txt');
    expect(inputErrorOf(() => parseArticle('12345 67890 !!! ???', lexicon, { file: 'digits.txt' })).message).toMatch(/digits\.txt.*language/);
  });
});

describe('detectLanguage', () => {
  it('tells Arabic from English, also with a few words of the other', () => {
    expect(detectLanguage(BODY_AR)).toBe('ar');
    expect(detectLanguage(`${BODY_AR} (Reuters, AFP)`)).toBe('ar');
    expect(detectLanguage('The Pentagon declined to comment on a timeline for the withdrawal, Reuters said.')).toBe('en');
    expect(detectLanguage('Senator Graham said Washington should keep its troops in Iraq (بغداد).')).toBe('en');
  });

  it('declines text mostly in another script, even with a few English names', () => {
    expect(detectLanguage('Министр иностранных дел заявил (Reuters, Pentagon, Washington), что вывод войск начнётся.')).toBeNull();
  });

  it('declines to guess on too little text', () => {
    expect(detectLanguage('نعم')).toBeNull();
    expect(detectLanguage('OK')).toBeNull();
  });
});

it('keeps a UTF-8 BOM so that offsets are offsets into the file text', () => {
  const text = decodeArticleBytes(Buffer.from('\uFEFFقال السوداني إن الحكومة تريد انسحاب القوات الأمريكية.', 'utf8'), 'bom.txt');
  expect(text.charCodeAt(0)).toBe(0xfeff);
});

describe('datelines and undated headers', () => {
  it.each([
    ['شفق نيوز/ جدد المتحدث باسم الحركة مطالبته بانسحاب القوات.', 'Shafaq News'],
    ['بغداد (رويترز) - قال وزير الخارجية إن الحوار مستمر.', 'Reuters'],
    ['BAGHDAD, Jan 25 (Reuters) - Iraq and the United States agreed to begin talks.', 'Reuters'],
    ['WASHINGTON (AP) — The United States is not negotiating a withdrawal, officials said.', 'AP'],
    ['بغداد - المدى', 'Al-Mada'],
  ])('finds the outlet in the dateline of %s', (text, outlet) => {
    expect(parseArticle(`${text}\nوأضاف المتحدث أن المحادثات مستمرة.\n`, lexicon).outlet).toBe(outlet);
  });

  it('reads a labelled date whose year carries a colon ("نشر في: 12 سبتمبر ,2024: 08:10 م GST")', () => {
    expect(parseArticle(`العربية.نت - بغداد\nنشر في: 12 سبتمبر ,2024: 08:10 م GST\n${BODY_AR}\n`, lexicon).publishedAt).toBe('2024-09-12');
  });

  it('reads a year-first numeric date and a date in the opening sentence', () => {
    expect(parseArticle(`بغداد/ المدى\n2024/02/07\n${BODY_AR}\n`, lexicon).publishedAt).toBe('2024-02-07');
    expect(parseArticle(`توقع الخبير اليوم الأربعاء (31 كانون الثاني 2024) أن تطول المحادثات.\n${BODY_AR}\n`, lexicon).publishedAt).toBe('2024-01-31');
  });
});

describe('malformedHeaderDate', () => {
  it.each([
    ['2024-02-30', /"2024-02-30" is not a valid date/],
    ['31/13/2024', /"31\/13\/2024" is not a valid date/],
    ['التاريخ: أمس', /"أمس" is not a date/],
    ['Date: sometime in spring', /"sometime in spring" is not a date/],
  ])('names %s as a broken date', (line, problem) => {
    expect(malformedHeaderDate(line, lexicon.months)).toMatch(problem);
  });

  it.each(['2024-02-29', '31/01/2024', 'التاريخ: 31 كانون الثاني 2024', 'Date: January 31, 2024', 'شفق نيوز'])('accepts %s', (line) => {
    expect(malformedHeaderDate(line, lexicon.months)).toBeNull();
  });

  it('refuses an article whose header date is broken, naming file and line', () => {
    expect(inputErrorOf(() => parseArticle(`شفق نيوز\n2024-02-30\n${BODY_AR}\n`, lexicon, { file: 'x.txt' })).message).toBe('x.txt: line 2: "2024-02-30" is not a valid date (year-month-day)');
  });
});

describe('a short first paragraph that ends inside its quote', () => {
  it.each([
    ['"… is a must."', 'Reuters\nTitle of the story here\nMarch 3, 2026\n\nKataib Hezbollah said that the withdrawal "is a must."\n'],
    ['«… الأجنبية.»', 'شفق نيوز\nعنوان الخبر هنا\n3 آذار 2026\n\nقال النائب علي الساعدي إن «على القوات الأجنبية مغادرة العراق.»\n'],
  ])('%s is body, not a title line', (_label, text) => {
    const article = parseArticle(text, lexicon);
    expect(text.slice(article.bodyStart).trim().startsWith(text.split('\n')[4]!.slice(0, 10))).toBe(true);
    expect(extractFromText(text, tools).claims).toHaveLength(1);
  });
});

describe('the byline', () => {
  const authorOf = (text: string) => {
    const article = parseArticle(text, lexicon);
    return article.author === null ? null : text.slice(article.author.start, article.author.end);
  };

  it.each([
    ['"By X, a fellow at …"', 'Foreign Policy\nIt Is Time to Bring the Troops Home\n\nBy Rachel Okafor, a fellow at Defense Priorities.\nApril 22, 2026\n\nThe case is strong.\n', 'Rachel Okafor'],
    ['"BY X, OPINION CONTRIBUTOR"', 'The Hill\nLeaving Erbil would be a mistake\n\nBY MICHAEL CARRINGTON, OPINION CONTRIBUTOR\n07/15/25 8:00 AM ET\n\nNext September the mission ends.\n', 'MICHAEL CARRINGTON'],
    ['"بقلم: X"', 'المدى\nليس الآن\n\nبقلم: نادية الخفاجي\n18 كانون الثاني 2024\n\nمنذ الضربة الأميركية تغير الكثير.\n', 'نادية الخفاجي'],
    ['"كتب: X"', 'المدى\nليس الآن\n\nكتب: نادية الخفاجي\n18 كانون الثاني 2024\n\nمنذ الضربة الأميركية تغير الكثير.\n', 'نادية الخفاجي'],
    ['a name line above the date', 'المدى\nليس الآن.. وليس بهذه الطريقة\n\nنادية الخفاجي\n18 كانون الثاني 2024\n\nمنذ الضربة الأميركية تغير الكثير.\n', 'نادية الخفاجي'],
  ])('reads the author from %s', (_label, text, expected) => {
    expect(authorOf(text)).toBe(expected);
  });

  it.each([
    ['a dateline above the date', 'الزمان\nانتهت المرحلة الأولى\n\nبغداد – الزمان\n2 تشرين الأول 2025\n\nانقضى أيلول.\n'],
    ['"By the end of …" opening the body', 'Reuters\nTroops leave Ain al-Asad\nMarch 3, 2026\n\nBy the end of 2025 most troops had left.\n'],
    ['"كتب X على منصة إكس" opening the body', 'شفق نيوز\nالسوداني يغرد\n3 آذار 2026\n\nكتب السوداني في تغريدة أن القوات ستغادر.\n'],
  ])('finds no author in %s', (_label, text) => {
    expect(authorOf(text)).toBeNull();
  });
});
