import type { MatchView } from './normalize.js';
import type { Token } from './tokens.js';

/** A sentence as a range of tokens [first, last] and of view offsets [start, end). */
export interface Sentence {
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface Quotation {
  start: number;
  end: number;
}

/** Punctuation that ends a sentence. */
export const TERMINAL: ReadonlySet<string> = new Set(['.', '!', '?', '؟']);
const CLOSERS = new Set(['"', '”', '»', '’', "'", ')', ']', '›']);
const QUOTE_PAIRS: Record<string, string> = { '«': '»', '“': '”', '"': '"', '‹': '›' };
// Abbreviations whose period does not end a sentence (the view is lower-cased); د. is the Arabic Dr.
const ABBREVIATIONS = new Set(['د', 'u', 's', 'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sen', 'rep', 'st', 'jr', 'no', 'vs', 'etc', 'inc', 'maj', 'adm', 'gov', 'pres', 'sgt', 'capt', 'brig', 'cpl', 'pvt', 'cmdr', 'sr', 'prof', 'amb']);

function isDecimalPoint(text: string, at: number): boolean {
  return /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '');
}

function isAbbreviation(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && previous.end === tokens[index]!.start && ABBREVIATIONS.has(previous.text);
}

/** "Sen. Roger Wicker, R-Miss., said": a period with a comma right after it abbreviates; it ends no sentence. */
function isFollowedByComma(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return tokens[index]!.text === '.' && next !== undefined && next.start === tokens[index]!.end && /^[,،]$/.test(next.text);
}

/** True when a newline lies between two tokens: headlines and paragraphs end sentences. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes('\n');
}

/**
 * Splits the view into sentences at terminal punctuation (also when glued to the next word, as in
 * التحالف.وتنشر) and at line breaks; closing quotes stay with the sentence they close.
 */
export function segmentSentences(view: MatchView, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last >= first) sentences.push({ first, last, start: tokens[first]!.start, end: tokens[last]!.end });
    first = last + 1;
  };
  // "Sen. Jack Reed (R.I.), …": a period inside brackets ends no sentence.
  let brackets = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (next !== undefined && i >= first && lineBreakBetween(view.text, token.end, next.start)) {
      close(i);
      brackets = 0;
      continue;
    }
    if (token.text === '(') brackets++;
    else if (token.text === ')') brackets = Math.max(0, brackets - 1);
    if (!TERMINAL.has(token.text) || brackets > 0 || isDecimalPoint(view.text, token.start) || isAbbreviation(tokens, i) || isFollowedByComma(tokens, i)) continue;
    let last = i;
    while (tokens[last + 1] !== undefined && TERMINAL.has(tokens[last + 1]!.text)) last++;
    while (tokens[last + 1] !== undefined && CLOSERS.has(tokens[last + 1]!.text) && tokens[last + 1]!.start === tokens[last]!.end) last++;
    close(last);
    i = last;
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}

const QUOTE_OPENERS = /[«“"‹]/g;

/** Finds quoted passages (« », “ ”, " ") as view ranges including the marks; a quotation never crosses a line break. */
export function findQuotations(view: MatchView): Quotation[] {
  const quotes: Quotation[] = [];
  const text = view.text;
  let newline = -1;
  QUOTE_OPENERS.lastIndex = 0;
  for (let opener = QUOTE_OPENERS.exec(text); opener !== null; opener = QUOTE_OPENERS.exec(text)) {
    const start = opener.index;
    const end = text.indexOf(QUOTE_PAIRS[opener[0]]!, start + 1);
    if (end === -1) continue;
    if (newline <= start) newline = nextLineBreak(text, start + 1);
    if (newline < end) continue;
    quotes.push({ start, end: end + 1 });
    QUOTE_OPENERS.lastIndex = end + 1;
  }
  return quotes;
}

function nextLineBreak(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at === -1 ? Infinity : at;
}
