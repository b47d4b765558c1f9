import type { Stance } from '../ingest/model.js';
import { firstDate, groupBy, type ClaimFact } from './claims.js';
import { periodOf, type Interval, type Period } from './periods.js';
import { countStances, positionOf, type StanceCounts } from './position.js';

export interface SeriesPoint extends Period, StanceCounts {
  /** The position rule applied to the period's claims alone. */
  stance: Stance;
  claimCount: number;
  /** Distinct actors behind the period's claims. */
  actors: number;
}

/**
 * Stance over time for each group of claims (an actor's, a coalition's): claims are dated by
 * their earliest article, counted per period, and the position rule is applied per period.
 * Undated claims, and claims `keyOf` gives no group, are left out; periods without claims too.
 */
export function stanceSeries(facts: readonly ClaimFact[], interval: Interval, keyOf: (fact: ClaimFact) => string | null): Map<string, SeriesPoint[]> {
  const series = new Map<string, SeriesPoint[]>();
  const dated = facts.flatMap((fact) => {
    const date = firstDate(fact);
    const key = keyOf(fact);
    return date === null || key === null ? [] : [{ fact, key, period: periodOf(date, interval) }];
  });
  for (const [key, items] of groupBy(dated, (d) => d.key)) {
    const periods = groupBy(items, (d) => d.period.period);
    const points = [...periods.values()].map((inPeriod): SeriesPoint => {
      const counts = countStances(inPeriod.map((d) => d.fact.stance));
      return { ...inPeriod[0]!.period, ...counts, stance: positionOf(counts), claimCount: inPeriod.length, actors: new Set(inPeriod.map((d) => d.fact.actorId)).size };
    });
    series.set(key, points.sort((a, b) => (a.start < b.start ? -1 : 1)));
  }
  return series;
}

export interface StanceChange {
  actorId: string;
  issueId: string;
  from: 'supports' | 'opposes';
  to: 'supports' | 'opposes';
  /** The last claim holding the old stance. */
  before: ClaimFact;
  /** The first claim holding the new one. */
  after: ClaimFact;
  /** The day of `after`. */
  at: string;
  /** The day of `before`. */
  since: string;
}

const byDateThenId = (a: { date: string; fact: ClaimFact }, b: { date: string; fact: ClaimFact }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.fact.id < b.fact.id ? -1 : 1;

/**
 * Changed positions: for each actor and issue, its dated supporting and opposing claims in date
 * order; wherever a claim takes the other side from the one before it on an earlier day, the
 * actor changed position, explained by those two quotes. Opposite quotes on the same day are a
 * mixed statement, not a change. Ordered by date, then actor.
 */
export function detectChanges(facts: readonly ClaimFact[]): StanceChange[] {
  const changes: StanceChange[] = [];
  const decisive = facts.flatMap((fact) => {
    const date = firstDate(fact);
    return date !== null && (fact.stance === 'supports' || fact.stance === 'opposes') ? [{ fact, date, stance: fact.stance }] : [];
  });
  for (const claims of groupBy(decisive, (d) => `${d.fact.actorId}\u0000${d.fact.issueId}`).values()) {
    claims.sort(byDateThenId);
    for (let i = 1; i < claims.length; i++) {
      const before = claims[i - 1]!;
      const after = claims[i]!;
      if (before.stance === after.stance || before.date === after.date) continue;
      changes.push({ actorId: after.fact.actorId, issueId: after.fact.issueId, from: before.stance, to: after.stance, before: before.fact, after: after.fact, at: after.date, since: before.date });
    }
  }
  return changes.sort((a, b) => (a.at === b.at ? (a.actorId < b.actorId ? -1 : 1) : a.at < b.at ? -1 : 1));
}
