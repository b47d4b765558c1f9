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
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
};

function isDropped(ch: string): boolean {
  return ch === TATWEEL || DIACRITICS.test(ch) || INVISIBLE.test(ch);
}

function foldChar(ch: string): string {
  return LETTER_FOLDS[ch] ?? ch.toLowerCase();
}

/** Folds a lexicon entry or a name the same way the match view folds article text. */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    if (!isDropped(ch)) out += foldChar(ch);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Builds the match view of an original text. Surrogate pairs and case folds that change length keep one view char per code unit. */
export function buildMatchView(original: string): MatchView {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (isDropped(ch)) {
      if (ends.length > 0) ends[ends.length - 1] = i + 1;
      continue;
    }
    const folded = foldChar(ch);
    chars.push(folded.length === 1 ? folded : ch);
    starts.push(i);
    ends.push(i + 1);
  }
  return { text: chars.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
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
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let next = 0;
  for (let i = 0; i <= view.text.length; i++) {
    while (next < sorted.length && sorted[next]!.at === i) {
      const boundary = i < view.starts.length ? view.starts[i]! : view.ends[view.ends.length - 1]!;
      for (const ch of sorted[next]!.text) {
        chars.push(ch);
        starts.push(boundary);
        ends.push(boundary);
      }
      next++;
    }
    if (i < view.text.length) {
      chars.push(view.text[i]!);
      starts.push(view.starts[i]!);
      ends.push(view.ends[i]!);
    }
  }
  return { text: chars.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
