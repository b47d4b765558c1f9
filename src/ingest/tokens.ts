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

/** Character classes by UTF-16 code unit, computed once: 1 word, 2 space, 0 punctuation. */
const CLASS_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  for (let code = 0; code < 65536; code++) {
    const ch = String.fromCharCode(code);
    table[code] = WORD_CHAR.test(ch) ? 1 : /\s/.test(ch) ? 2 : 0;
  }
  return table;
})();
const WORD = 1;
const SPACE = 2;

/** Splits a view into word tokens (letters and digits, with inner apostrophes) and single punctuation tokens. */
export function tokenize(view: MatchView): Token[] {
  const text = view.text;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = CLASS_TABLE[text.charCodeAt(i)]!;
    if (kind === SPACE) {
      i++;
      continue;
    }
    if (kind !== WORD) {
      tokens.push({ start: i, end: i + 1, text: text[i]!, isWord: false });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (CLASS_TABLE[c] === WORD) j++;
      else if (APOSTROPHES.has(text[j]!) && j + 1 < text.length && CLASS_TABLE[text.charCodeAt(j + 1)] === WORD) j += 2;
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
