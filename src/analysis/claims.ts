import type { Stance } from '../ingest/model.js';

/**
 * The claim as the analyses see it: who said what on which issue, and every article that
 * carried it (outlet, date, where the quote sits). Rejected claims never get here.
 */
export interface ClaimOccurrence {
  articleId: string;
  outlet: string | null;
  /** The article's publication day, YYYY-MM-DD, or null when undated. */
  date: string | null;
  url: string | null;
  start: number;
  end: number;
}

export interface ClaimFact {
  id: string;
  actorId: string;
  issueId: string;
  stance: Stance;
  confidence: number;
  quote: string;
  /** Earliest article first. */
  occurrences: ClaimOccurrence[];
}

/** Which claims an analysis looks at. Every field is optional; all given ones must hold. */
export interface ClaimSelection {
  /** Only these issues. */
  issues?: readonly string[] | undefined;
  /** Only what was published on or after this day (YYYY-MM-DD). */
  from?: string | undefined;
  /** Only what was published on or before this day (YYYY-MM-DD). */
  to?: string | undefined;
  /** Only what this outlet carried. */
  outlet?: string | undefined;
  /** Only claims at least this confident. */
  minConfidence?: number | undefined;
}

function occurrenceMatches(occurrence: ClaimOccurrence, selection: ClaimSelection): boolean {
  const dated = selection.from !== undefined || selection.to !== undefined;
  if (dated && occurrence.date === null) return false;
  if (selection.from !== undefined && occurrence.date! < selection.from) return false;
  if (selection.to !== undefined && occurrence.date! > selection.to) return false;
  return selection.outlet === undefined || occurrence.outlet === selection.outlet;
}

/**
 * The claims in the selection, each with only the articles that match the window and outlet: a
 * wire quote carried by two outlets counts for the one asked about, and is dated by the
 * earliest matching article. A claim with no matching article is left out.
 */
export function selectClaims(facts: readonly ClaimFact[], selection: ClaimSelection): ClaimFact[] {
  const issues = selection.issues === undefined ? null : new Set(selection.issues);
  const selected: ClaimFact[] = [];
  for (const fact of facts) {
    if (issues !== null && !issues.has(fact.issueId)) continue;
    if (selection.minConfidence !== undefined && fact.confidence < selection.minConfidence) continue;
    const occurrences = fact.occurrences.filter((o) => occurrenceMatches(o, selection));
    if (occurrences.length > 0) selected.push({ ...fact, occurrences });
  }
  return selected;
}

/** The earliest date among the claim's articles, or null if none is dated. */
export function firstDate(fact: ClaimFact): string | null {
  let first: string | null = null;
  for (const o of fact.occurrences) if (o.date !== null && (first === null || o.date < first)) first = o.date;
  return first;
}

/** Distinct outlets that carried the claims, by name. */
export function outletsOf(facts: readonly ClaimFact[]): string[] {
  const outlets = new Set<string>();
  for (const fact of facts) for (const o of fact.occurrences) if (o.outlet !== null) outlets.add(o.outlet);
  return [...outlets].sort();
}

/** Groups claims by a key; insertion order of first appearance. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
