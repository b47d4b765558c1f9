import type { Stance } from '../ingest/model.js';
import { groupBy, outletsOf, type ClaimFact } from './claims.js';
import { countStances, positionOf } from './position.js';

export interface CorroboratedPosition {
  actorId: string;
  issueId: string;
  /** The position rule over the claims kept. */
  stance: Stance;
  /** Mean (calibrated) confidence of the claims kept. */
  confidence: number;
  /** Distinct outlets that carried the claims kept: independent corroboration. */
  outlets: string[];
  claims: ClaimFact[];
}

export interface CorroborationOptions {
  /** Claims below this confidence do not count. @default 0 */
  minConfidence?: number;
  /** Positions carried by fewer distinct outlets are left out. @default 1 */
  minOutlets?: number;
}

/**
 * Positions that hold up: each actor's position on each issue derived only from its claims with
 * at least `minConfidence`, kept when at least `minOutlets` different outlets carried them.
 * Most outlets first, then most claims, then actor id.
 */
export function corroboratedPositions(facts: readonly ClaimFact[], options: CorroborationOptions = {}): CorroboratedPosition[] {
  const { minConfidence = 0, minOutlets = 1 } = options;
  const confident = facts.filter((f) => f.confidence >= minConfidence);
  const positions: CorroboratedPosition[] = [];
  for (const claims of groupBy(confident, (f) => `${f.actorId}\u0000${f.issueId}`).values()) {
    const outlets = outletsOf(claims);
    if (outlets.length < minOutlets) continue;
    const confidence = claims.reduce((sum, c) => sum + c.confidence, 0) / claims.length;
    positions.push({ actorId: claims[0]!.actorId, issueId: claims[0]!.issueId, stance: positionOf(countStances(claims.map((c) => c.stance))), confidence, outlets, claims });
  }
  return positions.sort((a, b) => b.outlets.length - a.outlets.length || b.claims.length - a.claims.length || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : a.issueId < b.issueId ? -1 : 1));
}
