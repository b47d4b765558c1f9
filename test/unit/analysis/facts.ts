import type { ClaimFact } from '../../../src/analysis/claims.js';
import type { Stance } from '../../../src/ingest/model.js';

let next = 0;

/** A claim for the analyses: `who` on `issue`, carried by the given outlets on `date`. */
export function fact(who: string, issue: string, stance: Stance, options: { date?: string; outlets?: string[]; confidence?: number; quote?: string } = {}): ClaimFact {
  const { date = '2024-01-10', outlets = ['Wire'], confidence = 0.8, quote = `${who} on ${issue}: ${stance}` } = options;
  next++;
  return {
    id: `c${String(next).padStart(4, '0')}`,
    actorId: who,
    issueId: issue,
    stance,
    confidence,
    quote,
    occurrences: outlets.map((outlet, i) => ({ articleId: `a${next}-${i}`, outlet, date, url: null, start: 0, end: quote.length })),
  };
}

/** `n` identical claims. */
export function facts(n: number, who: string, issue: string, stance: Stance, options: Parameters<typeof fact>[3] = {}): ClaimFact[] {
  return Array.from({ length: n }, () => fact(who, issue, stance, options));
}
