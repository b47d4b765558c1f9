import path from 'node:path';
import { expect } from '@jest/globals';
import { findProjectRoot } from '../../src/config/env.js';
import { loadLexicon, type Lexicon } from '../../src/config/lexicon.js';
import { parseArticle } from '../../src/ingest/load.js';
import type { Article, Claim, ExtractionResult } from '../../src/ingest/model.js';
import { toOriginalSpan, type MatchView } from '../../src/ingest/normalize.js';
import { createExtractor, extractClaims, type Extractor } from '../../src/ingest/pipeline.js';
import { loadArabicWordList } from '../../src/ingest/repair.js';

/** The project's lexicon and extractor with the real Arabic word list (about 1.5 s: call once per test file, in beforeAll). */
export function loadTestExtractor(): { lexicon: Lexicon; extractor: Extractor } {
  const lexicon = loadLexicon(path.join(findProjectRoot(), 'data'));
  return { lexicon, extractor: createExtractor(lexicon, loadArabicWordList()) };
}

/** Extracts claims from a short hand-written text, checking every evidence span on the way. */
export function extractFromText(text: string, tools: { lexicon: Lexicon; extractor: Extractor }): ExtractionResult {
  const result = extractClaims(parseArticle(text, tools.lexicon, { file: 'inline.txt' }), tools.extractor);
  expectValidSpans(result.article, result.claims);
  return result;
}

/** Every claim's evidence is a real slice of the original text: text.slice(start, end) === evidence.text. */
export function expectValidSpans(article: Article, claims: readonly Claim[]): void {
  for (const claim of claims) {
    const { start, end, text } = claim.evidence;
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(0 <= start && start <= end && end <= article.text.length).toBe(true);
    expect(article.text.slice(start, end)).toBe(text);
  }
}

/** Every view range maps back inside the original text, in order. */
export function expectViewMapsInside(view: MatchView, original: string): void {
  expect(view.starts.length).toBe(view.text.length);
  expect(view.ends.length).toBe(view.text.length);
  for (let i = 0; i < view.text.length; i++) {
    const span = toOriginalSpan(view, i, i + 1);
    if (!(0 <= span.start && span.start <= span.end && span.end <= original.length)) {
      throw new Error(`view char ${i} maps to [${span.start}, ${span.end}) outside 0..${original.length}`);
    }
    if (i > 0 && view.starts[i]! < view.starts[i - 1]!) throw new Error(`view char ${i} maps before char ${i - 1}`);
  }
  const whole = toOriginalSpan(view, 0, view.text.length);
  expect(whole.start >= 0 && whole.end <= original.length).toBe(true);
}

/** Claims as compact "actorId stance" strings, for readable assertions. */
export function stancesOf(claims: readonly Claim[]): string[] {
  return claims.map((c) => `${c.actor.id} ${c.stance}`);
}
