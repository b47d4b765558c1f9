import type { Stance } from '../ingest/model.js';
import { groupBy, outletsOf, type ClaimFact } from './claims.js';
import { countStances, positionOf, type StanceCounts } from './position.js';

export interface OutletActor extends StanceCounts {
  actorId: string;
  /** The position rule over the claims this outlet carried. */
  stance: Stance;
  claims: number;
}

export interface OutletCoverage extends StanceCounts {
  outlet: string;
  /** Actors quoted by the outlet, most claims first. */
  actors: OutletActor[];
  /** (supporting − opposing claims) / (supporting + opposing): +1 quotes only supporters, −1 only opponents, 0 balanced or none. */
  balance: number;
}

/**
 * The outlet lens: outlet × actor × stance. A claim counts for every outlet that carried it, so
 * a wire quote printed by two outlets appears under both. Outlets most claims first.
 */
export function outletLens(facts: readonly ClaimFact[]): OutletCoverage[] {
  const carried = facts.flatMap((fact) => outletsOf([fact]).map((outlet) => ({ outlet, fact })));
  return [...groupBy(carried, (c) => c.outlet)]
    .map(([outlet, items]): OutletCoverage => {
      const counts = countStances(items.map((i) => i.fact.stance));
      const actors = [...groupBy(items, (i) => i.fact.actorId)].map(([actorId, claims]): OutletActor => {
        const actorCounts = countStances(claims.map((c) => c.fact.stance));
        return { actorId, ...actorCounts, stance: positionOf(actorCounts), claims: claims.length };
      });
      actors.sort((a, b) => b.claims - a.claims || (a.actorId < b.actorId ? -1 : 1));
      const decisive = counts.supports + counts.opposes;
      return { outlet, ...counts, actors, balance: decisive === 0 ? 0 : (counts.supports - counts.opposes) / decisive };
    })
    .sort((a, b) => b.actors.reduce((n, x) => n + x.claims, 0) - a.actors.reduce((n, x) => n + x.claims, 0) || (a.outlet < b.outlet ? -1 : 1));
}
