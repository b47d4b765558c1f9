import type { MatchView } from './normalize.js';

/** A word or punctuation mark of the match view; offsets are view offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  isWord: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const APOSTROPHES = new Set(["'", '’']);

/** Splits a view into word tokens (letters and digits, with inner apostrophes) and single punctuation tokens. */
export function tokenize(view: MatchView): Token[] {
  const text = view.text;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (!WORD_CHAR.test(ch)) {
      tokens.push({ start: i, end: i + 1, text: ch, isWord: false });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length) {
      const c = text[j]!;
      if (WORD_CHAR.test(c)) j++;
      else if (APOSTROPHES.has(c) && j + 1 < text.length && /\p{L}/u.test(text[j + 1]!)) j += 2;
      else break;
    }
    tokens.push({ start: i, end: j, text: text.slice(i, j), isWord: true });
    i = j;
  }
  return tokens;
}

/** For each view offset, the index of the token covering it, or -1 for whitespace. */
export function tokenIndexByOffset(tokens: readonly Token[], length: number): Int32Array {
  const index = new Int32Array(length).fill(-1);
  tokens.forEach((token, t) => index.fill(t, token.start, token.end));
  return index;
}

export function isArabicWord(word: string): boolean {
  return /^[\u0621-\u064A\u066E-\u06D3]+$/.test(word);
}
