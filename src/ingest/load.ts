import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Lexicon } from '../config/lexicon.js';
import { InputError } from '../errors.js';
import type { Article, Language, Span } from './model.js';
import { foldText } from './normalize.js';

/**
 * Articles larger than this (512 KB) are refused before they are read. News articles are a few to
 * a few tens of kilobytes; extraction's cost grows faster than the text (each statement looks at
 * the article's lexicon hits), so that a 512 KB article of nothing but quotes on one line takes
 * about ten seconds and a 1 MB one over half a minute.
 */
export const MAX_ARTICLE_BYTES = 512 * 1024;
const HEADER_SCAN_LINES = 12;
const HEADER_MAX_LENGTH = 140;
const SNIFF_BYTES = 8192;

function sizeProblem(bytes: number, file: string): InputError {
  const size = bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
  return new InputError(`${file}: ${size} is larger than the ${MAX_ARTICLE_BYTES / 1024} KB limit for one article`);
}

/**
 * UTF-16 without a byte-order mark: one byte of nearly every pair is 0x00 (Latin text, spaces,
 * digits) or 0x06 (Arabic letters), which UTF-8 text never has. Returns the byte order, or null.
 */
function utf16Order(sample: Uint8Array): 'LE' | 'BE' | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 8) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0x00 || sample[i] === 0x06) evenHigh++;
    if (sample[i + 1] === 0x00 || sample[i + 1] === 0x06) oddHigh++;
  }
  if (oddHigh >= pairs * 0.6) return 'LE';
  if (evenHigh >= pairs * 0.6) return 'BE';
  return null;
}

/** Control characters other than tab, line feed, form feed and carriage return: text has (almost) none. */
function looksBinary(text: string): boolean {
  let control = 0;
  const sample = Math.min(text.length, SNIFF_BYTES * 4);
  for (let i = 0; i < sample; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) control++;
  }
  return control > sample * 0.01;
}

/** Decodes a file's bytes as strict UTF-8, naming what it looks like otherwise; never guesses. */
export function decodeArticleBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new InputError(`${file}: the file is empty`);
  if (bytes.length > MAX_ARTICLE_BYTES) throw sizeProblem(bytes.length, file);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(`${file}: the file is UTF-16; save it as UTF-8`);
  }
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  const order = utf16Order(sniff);
  if (order !== null) throw new InputError(`${file}: the file is UTF-16 (${order}, without a byte-order mark); save it as UTF-8`);
  if (sniff.includes(0)) throw new InputError(`${file}: the file is binary, not text`);
  let text: string;
  try {
    // ignoreBOM keeps a leading BOM in the text, so offsets stay offsets into the file as read.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new InputError(
      `${file}: the file is not valid UTF-8 (Windows-1256 or another legacy encoding?); convert it to UTF-8, e.g. iconv -f WINDOWS-1256 -t UTF-8`,
      { cause },
    );
  }
  if (looksBinary(text)) throw new InputError(`${file}: the file is binary, not text (it is full of control characters)`);
  return text;
}

const OTHER_LETTER = /\p{L}/u;

/**
 * Arabic or English by their letters; null when there are too few of them, or when letters of
 * other scripts (Cyrillic, Hebrew, CJK, …) are at least as many: stancegraph reads only those two.
 */
export function detectLanguage(text: string): Language | null {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0600 && code <= 0x06ff) arabic++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
    else if (code >= 0x0370 && !isArabicPresentationForm(code) && OTHER_LETTER.test(text[i]!)) other++;
  }
  if (arabic + latin < 20 || other >= arabic + latin) return null;
  if (arabic >= latin) return 'ar';
  return 'en';
}

function isArabicPresentationForm(code: number): boolean {
  return (code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08ff) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function firstLines(text: string, count: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (lines.length < count && start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ text: text.slice(start, end).replace(/\r$/, ''), start, end });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

const monthIndexes = new WeakMap<Lexicon['months'], Map<string, number>>();

function monthNumber(word: string, months: Lexicon['months']): number | null {
  let index = monthIndexes.get(months);
  if (index === undefined) {
    index = new Map(Object.entries(months).flatMap(([month, names]) => names.map((name): [string, number] => [foldText(name), Number(month)])));
    monthIndexes.set(months, index);
  }
  return index.get(foldText(word)) ?? null;
}

const ISO_SHAPE = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const DAY_FIRST_SHAPE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;
const FOUR_DIGITS = /\d{4}/;

function westernDigits(text: string): string {
  return text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** 06/01/2024 is day first, as Arabic outlets write it; 04/22/2025 can only be month first, as American ones do. */
function numericDate(match: RegExpExecArray): string | null {
  const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isoDate(year, second, first) ?? isoDate(year, first, second);
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1900 || year > 2100) return null;
  return date.toISOString().slice(0, 10);
}

/** Finds a date written with a month name (Arabic or English) or numerically in one line. */
export function parseDate(line: string, months: Lexicon['months']): string | null {
  const text = westernDigits(line);
  // Every date stancegraph reads has a four-digit year: most lines have none and stop here.
  if (!FOUR_DIGITS.test(text)) return null;
  const iso = ISO_SHAPE.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = DAY_FIRST_SHAPE.exec(text);
  if (numeric) return numericDate(numeric);
  // "Jan. 26, 2024", "Sept. 3": an abbreviated month keeps its period; "12 سبتمبر ,2024: 08:10 م": a year may carry a colon.
  const words = text.split(/[\s,،\-–/()]+/).map((w) => w.replace(/[.:]$/, '')).filter((w) => w.length > 0);
  for (let i = 0; i < words.length; i++) {
    const twoWords = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : null;
    const month = (twoWords !== null ? monthNumber(twoWords, months) : null) ?? monthNumber(words[i]!, months);
    if (month === null) continue;
    const width = twoWords !== null && monthNumber(twoWords, months) !== null ? 2 : 1;
    const before = words[i - 1];
    const after = words[i + width];
    const afterNext = words[i + width + 1];
    const year = [after, afterNext].map((w) => (w && /^\d{4}$/.test(w) ? Number(w) : null)).find((y) => y !== null);
    if (year === undefined || year === null) continue;
    const dayBefore = before && /^\d{1,2}$/.test(before) ? Number(before) : null;
    const dayAfter = after && /^\d{1,2}$/.test(after) ? Number(after) : null;
    const day = dayBefore ?? dayAfter;
    if (day !== null) return isoDate(year, month, day);
  }
  return null;
}

const DATE_LABEL = /^\s*(date|dated|published|التاريخ|تاريخ النشر|نشر في)\s*[:：]\s*(.+)$/i;

/**
 * A header line that is meant to be a date but is not one: a numeric date that is not on the
 * calendar (2024-02-30, 31/13/2024), or a `Date:` / `التاريخ:` line whose value reads as no date.
 * Returns what is wrong, or null. Such an article is refused rather than stored undated.
 */
export function malformedHeaderDate(line: string, months: Lexicon['months']): string | null {
  const text = westernDigits(line);
  const iso = ISO_SHAPE.exec(text);
  if (iso && isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) === null) return `"${iso[0]}" is not a valid date (year-month-day)`;
  const numeric = iso ? null : DAY_FIRST_SHAPE.exec(text);
  if (numeric && numericDate(numeric) === null) return `"${numeric[0]}" is not a valid date (day/month/year, or month/day/year)`;
  const labelled = DATE_LABEL.exec(line);
  if (labelled && parseDate(labelled[2]!, months) === null) return `"${labelled[2]!.trim()}" is not a date stancegraph can read (say 2024-01-31 or 31 January 2024)`;
  return null;
}

const UPDATE_STAMP = /(آخر تحديث|تحديث|updated|last update)/i;
const SOURCE_LABEL = /^\s*(المصدر|مصدر|source|outlet|الناشر|publisher)\s*[:：]\s*(.+)$/i;
const URL_LINE = /^\s*(?:url|link|الرابط)?\s*[:：]?\s*(https?:\/\/\S+)\s*$/i;

const outletIndexes = new WeakMap<Lexicon['outlets'], Map<string, string>>();

function matchOutlet(candidate: string, lexicon: Lexicon): string | null {
  let index = outletIndexes.get(lexicon.outlets);
  if (index === undefined) {
    // The first outlet listing a form names it, as when the list was searched in order.
    index = new Map(lexicon.outlets.flatMap((outlet) => outlet.forms.map((form): [string, string] => [foldText(form), outlet.name])).reverse());
    outletIndexes.set(lexicon.outlets, index);
  }
  return index.get(foldText(candidate)) ?? null;
}

/** A trailing or leading agency tag such as (وكالات), (رويترز), (أ ف ب). */
function agencyTag(text: string, lexicon: Lexicon): string | null {
  const trailing = /[(（]([^()（）\n]{2,40})[)）]\s*$/.exec(text);
  const leading = /^\s*[(（]([^()（）\n]{2,40})[)）]/.exec(text);
  for (const m of [trailing, leading]) {
    if (m) {
      const outlet = matchOutlet(m[1]!, lexicon);
      if (outlet !== null) return outlet;
    }
  }
  return null;
}

const OPENING_LENGTH = 120;

/**
 * Datelines name the outlet in the article's first line: "شفق نيوز/"، "بغداد/ المدى"،
 * "بغداد (رويترز) -"، "BAGHDAD, Jan 25 (Reuters) -"، "بغداد: «الشرق الأوسط»".
 */
function outletFromOpening(text: string, lexicon: Lexicon): string | null {
  const opening = text.trimStart().slice(0, OPENING_LENGTH).split('\n')[0] ?? '';
  const candidates = [
    ...[...opening.matchAll(/[(«"“]([^()«»"“”\n]{2,40})[)»"”]/g)].map((m) => m[1]!),
    /^([^/\n]{2,40})\//.exec(opening)?.[1],
    /\/\s*([^/\n]{2,40})$/.exec(opening)?.[1],
    /^([^-–—:\n]{2,40})\s[-–—]/.exec(opening)?.[1],
    /[-–—]\s*([^-–—\n]{2,40})$/.exec(opening)?.[1],
    opening.length <= 40 ? opening : undefined,
  ];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const outlet = matchOutlet(candidate.trim(), lexicon) ?? matchOutlet(candidate.trim().split(/\s+/)[0] ?? '', lexicon);
    if (outlet !== null) return outlet;
  }
  return null;
}

function outletFromLine(line: string, lexicon: Lexicon): string | null {
  const labelled = SOURCE_LABEL.exec(line);
  if (labelled) return matchOutlet(labelled[2]!.trim(), lexicon) ?? labelled[2]!.trim();
  const parts = line.split(/[/|،,]/).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length === 0 || line.length > 60) return null;
  const known = parts.map((p) => matchOutlet(p, lexicon));
  return known.every((k) => k !== null) ? known[0]! : null;
}

interface Header {
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  bodyStart: number;
}

/** Reads metadata from short leading lines; the body starts after the last header line found. */
function readHeader(text: string, lexicon: Lexicon, name: string): Header {
  const header: Header = { title: null, outlet: null, publishedAt: null, url: null, bodyStart: 0 };
  let updateDate: string | null = null;
  for (const [index, line] of firstLines(text, HEADER_SCAN_LINES).entries()) {
    const trimmed = line.text.trim();
    if (trimmed.length === 0) continue;
    if (trimmed.length > HEADER_MAX_LENGTH) break;
    const badDate = malformedHeaderDate(trimmed, lexicon.months);
    if (badDate !== null) throw new InputError(`${name}: line ${index + 1}: ${badDate}`);
    const url = URL_LINE.exec(trimmed);
    const date = parseDate(trimmed, lexicon.months);
    const outlet = outletFromLine(trimmed, lexicon) ?? (trimmed.length <= 40 ? outletFromOpening(trimmed, lexicon) : null);
    if (url) header.url ??= url[1]!;
    else if (date !== null && UPDATE_STAMP.test(trimmed)) updateDate ??= date;
    else if (date !== null) header.publishedAt ??= date;
    else if (outlet !== null) header.outlet ??= outlet;
    // (A sentence may end inside its closing quote: …, he said "it is a must." is body, not a title.)
    else if (/[.!?؟。]["'”’»)\]]*$/.test(trimmed)) break;
    else if (trimmed.split(/\s+/).length >= 3) header.title ??= trimmed;
    header.bodyStart = line.end;
  }
  header.publishedAt ??= updateDate;
  return header;
}

/** "By Rachel Okafor, a fellow at …", "BY MICHAEL CARRINGTON, OPINION CONTRIBUTOR", "بقلم: نادية الخفاجي". */
const BYLINE = /^(\s*(?:(?:by|بقلم)\s*[:：]?|(?:كتب|كتبت)\s*[:：])\s*)([^,،|•\-–—\d:]+)/i;
/** A name of two to four Arabic words on a line of its own. */
const NAME_LINE = /^[\u0621-\u064A]+(?: [\u0621-\u064A]+){1,3}$/;

/**
 * The author's name in the byline: a "By"/بقلم line among the first lines, or, in an Arabic header, a line of two to
 * four words under the title with the date on one of the next two lines.
 */
function bylineOf(text: string, lexicon: Lexicon): Span | null {
  const lines = firstLines(text, HEADER_SCAN_LINES).filter((line) => line.text.trim().length > 0);
  for (const [index, line] of lines.entries()) {
    const trimmed = line.text.trim();
    if (trimmed.length > HEADER_MAX_LENGTH) return null;
    const byline = BYLINE.exec(line.text);
    if (byline && looksLikeName(byline[2]!)) return nameSpan(line.start + byline[1]!.length, byline[2]!);
    // (A month and its Levantine name, كانون الثاني, is also two Arabic words on a line.)
    const named = index >= 2 && NAME_LINE.test(trimmed) && outletFromLine(trimmed, lexicon) === null && parseDate(trimmed, lexicon.months) === null;
    const dated = lines.slice(index + 1, index + 3).some((next) => parseDate(next.text, lexicon.months) !== null);
    if (named && dated) return nameSpan(line.start + line.text.indexOf(trimmed), trimmed);
  }
  return null;
}

/** "Rachel Okafor", "Maj Gen (retd) Alastair Hume", نادية الخفاجي — not "the end of" in "By the end of 2025, …". */
function looksLikeName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^[A-Z(\u0621-\u064A]/.test(w));
}

function nameSpan(start: number, name: string): Span {
  return { start, end: start + name.trimEnd().length };
}

export interface ParseArticleOptions {
  file?: string | null;
  outlet?: string | null;
  publishedAt?: string | null;
  url?: string | null;
}

/** Turns a decoded text into an Article: metadata from header lines and agency tags, original text untouched. */
export function parseArticle(text: string, lexicon: Lexicon, options: ParseArticleOptions = {}): Article {
  const name = options.file ?? 'article';
  if (text.trim().length === 0) throw new InputError(`${name}: the article has no text`);
  const language = detectLanguage(text);
  if (language === null) throw new InputError(`${name}: cannot tell the language: the text is neither Arabic nor English, which are all stancegraph reads`);
  const single = !text.trimEnd().includes('\n');
  const header = single ? { title: null, outlet: null, publishedAt: null, url: null, bodyStart: 0 } : readHeader(text, lexicon, name);
  // Undated headers: the first sentence often dates the news ("اليوم الأربعاء (31 كانون الثاني 2024)").
  const openingDate = header.publishedAt ?? parseDate(text.slice(header.bodyStart, header.bodyStart + OPENING_LENGTH * 2), lexicon.months);
  return {
    file: options.file ?? null,
    text,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    title: header.title,
    outlet: options.outlet ?? header.outlet ?? agencyTag(text.trim(), lexicon) ?? outletFromOpening(text, lexicon),
    publishedAt: options.publishedAt ?? openingDate,
    language,
    url: options.url ?? header.url,
    bodyStart: header.bodyStart,
    author: single ? null : bylineOf(text, lexicon),
  };
}

export async function readArticleFile(file: string, lexicon: Lexicon): Promise<Article> {
  let bytes: Buffer;
  try {
    // The size first: a 5 GB file named .txt is refused without being read.
    const { size } = await stat(file);
    if (size > MAX_ARTICLE_BYTES) throw sizeProblem(size, file);
    bytes = await readFile(file);
  } catch (cause) {
    if (cause instanceof InputError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new InputError(`${file}: ${reason}`, { cause });
  }
  return parseArticle(decodeArticleBytes(bytes, file), lexicon, { file });
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md']);

/** Expands directories (recursively, sorted) into the article files they hold; plain files are kept as given. */
export async function listArticleFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch (cause) {
      throw new InputError(`${p}: no such file or directory`, { cause });
    }
    if (!info.isDirectory()) {
      files.push(p);
      continue;
    }
    const entries = await readdir(p, { withFileTypes: true, recursive: true });
    files.push(
      ...entries
        .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase()))
        .map((e) => path.join(e.parentPath, e.name))
        .sort(),
    );
  }
  return files;
}
