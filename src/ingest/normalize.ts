/**
 * The match view: a folded copy of the text that every matcher reads, with a map from each view
 * character back to the original text so that no offset is ever lost.
 */
export interface MatchView {
  text: string;
  /** Original offset where view character i starts. */
  starts: Int32Array;
  /** Original offset where view character i ends, covering any diacritics folded away after it. */
  ends: Int32Array;
}

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/;
const TATWEEL = '\u0640';
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ک': 'ك',
  'گ': 'ك',
  // Kurdish and Persian letters in names (نيچيرڤان، پێشمەرگە) fold to the Arabic letters they are written with in Arabic.
  'چ': 'ج', 'ڤ': 'ف', 'پ': 'ب', 'ژ': 'ز', 'ڕ': 'ر', 'ڵ': 'ل', 'ێ': 'ي', 'ۆ': 'و', 'ە': 'ه',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
};

const DROP = 0;

/** One entry per UTF-16 code unit: 0 to drop it, else the code unit it folds to. Built once, read per character. */
const FOLD_TABLE: Uint16Array = (() => {
  const table = new Uint16Array(65536);
  for (let code = 0; code < 65536; code++) {
    const ch = String.fromCharCode(code);
    if (ch === TATWEEL || DIACRITICS.test(ch) || INVISIBLE.test(ch)) continue;
    const folded = LETTER_FOLDS[ch] ?? ch.toLowerCase();
    table[code] = folded.length === 1 ? folded.charCodeAt(0) : code;
  }
  return table;
})();

// Names, aliases, month names and outlet forms are folded again for every article: short strings
// are remembered, so each is folded once per process. Bounded, since article words pass through too.
const FOLD_MEMO_MAX_LENGTH = 64;
const FOLD_MEMO_ENTRIES = 50_000;
const foldMemo = new Map<string, string>();

/** Folds a lexicon entry or a name the same way the match view folds article text. */
export function foldText(text: string): string {
  if (text.length > FOLD_MEMO_MAX_LENGTH) return foldUncached(text);
  const known = foldMemo.get(text);
  if (known !== undefined) return known;
  if (foldMemo.size >= FOLD_MEMO_ENTRIES) foldMemo.clear();
  const folded = foldUncached(text);
  foldMemo.set(text, folded);
  return folded;
}

function foldUncached(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const folded = FOLD_TABLE[text.charCodeAt(i)]!;
    if (folded !== DROP) out += String.fromCharCode(folded);
  }
  return out.replace(/\s+/g, ' ').trim();
}

const UTF16 = new TextDecoder('utf-16le');

function codesToString(codes: Uint16Array): string {
  return UTF16.decode(codes);
}

/** Builds the match view of an original text: one pass, one table look-up per code unit. */
export function buildMatchView(original: string): MatchView {
  const codes = new Uint16Array(original.length);
  const starts = new Int32Array(original.length);
  const ends = new Int32Array(original.length);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const folded = FOLD_TABLE[original.charCodeAt(i)]!;
    if (folded === DROP) {
      if (n > 0) ends[n - 1] = i + 1;
      continue;
    }
    codes[n] = folded;
    starts[n] = i;
    ends[n] = i + 1;
    n++;
  }
  return { text: codesToString(codes.subarray(0, n)), starts: starts.slice(0, n), ends: ends.slice(0, n) };
}

/** Maps a half-open view range back to the original text. */
export function toOriginalSpan(view: MatchView, viewStart: number, viewEnd: number): { start: number; end: number } {
  if (viewEnd <= viewStart) {
    const at = viewStart < view.starts.length ? view.starts[viewStart]! : (view.ends[view.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: view.starts[viewStart]!, end: view.ends[viewEnd - 1]! };
}

/** Inserts separators into a view without losing the map: each inserted char maps to an empty range at its position. */
export function insertIntoView(view: MatchView, insertions: { at: number; text: string }[]): MatchView {
  if (insertions.length === 0) return view;
  const sorted = [...insertions].sort((a, b) => a.at - b.at);
  const extra = sorted.reduce((n, ins) => n + ins.text.length, 0);
  const length = view.text.length + extra;
  const codes = new Uint16Array(length);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const lastEnd = view.ends[view.ends.length - 1] ?? 0;
  let out = 0;
  let from = 0;
  const copyUntil = (to: number) => {
    for (let i = from; i < to; i++, out++) {
      codes[out] = view.text.charCodeAt(i);
      starts[out] = view.starts[i]!;
      ends[out] = view.ends[i]!;
    }
    from = to;
  };
  for (const insertion of sorted) {
    copyUntil(insertion.at);
    const boundary = insertion.at < view.starts.length ? view.starts[insertion.at]! : lastEnd;
    for (let k = 0; k < insertion.text.length; k++, out++) {
      codes[out] = insertion.text.charCodeAt(k);
      starts[out] = boundary;
      ends[out] = boundary;
    }
  }
  copyUntil(view.text.length);
  return { text: codesToString(codes), starts, ends };
}

/** Whether the original text of view[viewStart, viewEnd) carries tanween (ً ٌ ٍ), on its letters or right after the last one. */
export function writtenWithTanween(original: string, view: MatchView, viewStart: number, viewEnd: number): boolean {
  const span = toOriginalSpan(view, viewStart, viewEnd);
  return /[\u064B-\u064D]/.test(original.slice(span.start, span.end + 1));
}
