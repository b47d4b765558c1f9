import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Trie, importTrie } from 'cspell-trie-lib';
import { insertIntoView, type MatchView } from './normalize.js';
import { isArabicWord, type Token } from './tokens.js';

/** Answers whether a string is an Arabic word as written (hamza and ta marbuta kept). */
export interface WordList {
  has(word: string): boolean;
}

const SPLIT_CACHE_LIMIT = 50_000;
const splitCache = new Map<string, string[] | null>();

/** News repeats its words: remember each token's split (bounded, cleared when full). */
function cachedSplit(word: string, isWord: (w: string) => boolean): string[] | null {
  const cached = splitCache.get(word);
  if (cached !== undefined) return cached;
  if (splitCache.size >= SPLIT_CACHE_LIMIT) splitCache.clear();
  const parts = splitGluedWord(word, isWord);
  splitCache.set(word, parts);
  return parts;
}

let arabicWordList: WordList | undefined;

/** The Arabic word list of @cspell/dict-ar (Ayaspell), loaded once per process (about a second). */
export function loadArabicWordList(): WordList {
  if (arabicWordList === undefined) {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('@cspell/dict-ar/cspell-ext.json');
    const trieFile = manifest.replace(/cspell-ext\.json$/, 'ar.trie.gz');
    const lines = gunzipSync(readFileSync(trieFile)).toString('utf8').split('\n');
    const trie = new Trie(importTrie(lines));
    arabicWordList = { has: (word) => trie.has(word) };
  }
  return arabicWordList;
}

const MIN_GLUED_LENGTH = 7;
const MIN_PART_LENGTH = 2;
const MAX_PARTS = 3;
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** A boundary is plausible when a word ends in a letter only found word-finally, or the next starts with the article or the conjunction. */
function isPlausibleBoundary(left: string, right: string): boolean {
  return /[ةى]$/.test(left) || /^(ال|وال|و|بال|لل|فال)/.test(right);
}

const MIN_STEM_LENGTH = 3;

/** العلواني is a name, not العل + واني: a part must keep a stem of three letters once its clitics are off. */
function hasStem(part: string): boolean {
  return part.replace(/^(وال|بال|فال|لل|ال|و)/, '').length >= MIN_STEM_LENGTH;
}

/**
 * Splits a glued token into the fewest parts that are all words, or returns null when the token
 * is a word already, or no split into words exists.
 */
export function splitGluedWord(word: string, isWord: (w: string) => boolean): string[] | null {
  if (word.length < MIN_GLUED_LENGTH || isWord(word)) return null;
  const best: (string[] | null)[] = new Array(word.length + 1).fill(null);
  best[0] = [];
  for (let end = MIN_PART_LENGTH; end <= word.length; end++) {
    for (let start = 0; start <= end - MIN_PART_LENGTH; start++) {
      const prefix = best[start];
      if (prefix === null || prefix === undefined || prefix.length >= MAX_PARTS) continue;
      const part = word.slice(start, end);
      if (!hasStem(part) || !isWord(part)) continue;
      const previous = prefix[prefix.length - 1];
      if (previous !== undefined && !isPlausibleBoundary(previous, part)) continue;
      const candidate = [...prefix, part];
      const current = best[end];
      if (current === null || current === undefined || candidate.length < current.length) best[end] = candidate;
    }
  }
  const result = best[word.length];
  return result && result.length > 1 ? result : null;
}

/**
 * Separates glued words in the match view (الولاياتالمتحدةوالعراق → الولايات المتحدة والعراق)
 * using the original spelling for dictionary look-ups; known names count as words.
 */
export function repairGluedWords(
  view: MatchView,
  original: string,
  tokens: readonly Token[],
  words: WordList,
  knownWords: ReadonlySet<string>,
): MatchView {
  const insertions: { at: number; text: string }[] = [];
  for (const token of tokens) {
    if (!token.isWord || token.text.length < MIN_GLUED_LENGTH || !isArabicWord(token.text)) continue;
    const written = original.slice(view.starts[token.start]!, view.ends[token.end - 1]!).replace(DIACRITICS, '');
    if (written.length !== token.text.length) continue;
    const parts = knownWords.has(written) ? null : cachedSplit(written, (w) => words.has(w) || knownWords.has(w));
    if (parts === null) continue;
    let at = token.start;
    for (const part of parts.slice(0, -1)) {
      at += part.length;
      insertions.push({ at, text: ' ' });
    }
  }
  return insertIntoView(view, insertions);
}
