import { z } from 'zod';
import type { ActorType, Stance } from '../ingest/model.js';
import type { Store } from './driver.js';
import { ALL_CLAIM_FIELDS, claimFieldParams, type ClaimFields } from './claim-fields.js';
import { ActorRecordSchema, ClaimRecordSchema, positionRowSchema, STANCE_EDGE, toPosition, type ActorRecord, type ClaimRecord, type PositionRecord } from './records.js';
import { readQuery, type Params } from './run.js';

/**
 * Filtered, paged reads for the API's connections. Pages are offset windows over a total order
 * (claims: first seen, id; positions: claims, actor name, actor id, issue id; actors: name, id),
 * so a page is exact for a graph that does not change between requests.
 */

export interface ReadFilter {
  issueId?: string | undefined;
  /** Claims: the claim's stance. Positions and actors: the derived position's stance. */
  stance?: Stance | undefined;
  actorId?: string | undefined;
  actorTypes?: readonly ActorType[] | undefined;
  outlet?: string | undefined;
  /** YYYY-MM-DD, inclusive, against the first 10 characters of an article's publishedAt. */
  from?: string | undefined;
  to?: string | undefined;
  minConfidence?: number | undefined;
  reviewedOnly?: boolean | undefined;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

function filterParams(filter: ReadFilter): Params {
  const claimFilter =
    filter.outlet !== undefined || filter.from !== undefined || filter.to !== undefined || filter.minConfidence !== undefined || filter.reviewedOnly === true;
  return {
    issue: filter.issueId ?? null,
    actor: filter.actorId ?? null,
    actorTypes: filter.actorTypes === undefined ? null : [...filter.actorTypes],
    stance: filter.stance ?? null,
    edge: filter.stance === undefined ? null : STANCE_EDGE[filter.stance],
    outlet: filter.outlet ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    minConfidence: filter.minConfidence ?? null,
    reviewedOnly: filter.reviewedOnly ?? false,
    claimFilter,
  };
}

const TotalSchema = z.object({ total: z.number().int() });
const ClaimRowSchema = z.object({ claim: ClaimRecordSchema });

/** Non-rejected claims matching the filter, earliest first seen, then by id. */
export async function pageClaims(store: Store, filter: ReadFilter, window: PageWindow): Promise<ClaimRecord[]> {
  const rows = await readQuery(store, 'read/claims-page', { ...filterParams(filter), ...window }, ClaimRowSchema);
  return rows.map((row) => row.claim);
}

export async function countClaims(store: Store, filter: ReadFilter): Promise<number> {
  const rows = await readQuery(store, 'read/claims-count', filterParams(filter), TotalSchema);
  return rows[0]?.total ?? 0;
}

/**
 * Positions matching the filter (a claim filter holds when one of the position's claims matches),
 * most claims first, their claims limited to `claimFields` (ids always come).
 */
export async function pagePositions(store: Store, filter: ReadFilter, window: PageWindow, claimFields: ClaimFields = ALL_CLAIM_FIELDS): Promise<PositionRecord[]> {
  const params = { ...filterParams(filter), ...window, ...claimFieldParams(claimFields) };
  const rows = await readQuery(store, 'read/positions-page', params, positionRowSchema(claimFields));
  return rows.map((row) => toPosition(row, claimFields));
}

export async function countPositions(store: Store, filter: ReadFilter): Promise<number> {
  const rows = await readQuery(store, 'read/positions-count', filterParams(filter), TotalSchema);
  return rows[0]?.total ?? 0;
}

/** Actors matching the filter, by name; with issue, stance or claim filters only actors with a matching position. */
export async function pageActors(store: Store, filter: ReadFilter, window: PageWindow): Promise<ActorRecord[]> {
  return readQuery(store, 'read/actors-page', { ...filterParams(filter), ...window }, ActorRecordSchema);
}

export async function countActors(store: Store, filter: ReadFilter): Promise<number> {
  const rows = await readQuery(store, 'read/actors-count', filterParams(filter), TotalSchema);
  return rows[0]?.total ?? 0;
}

/** Claims by id, rejected ones included, for the ids that exist. */
export async function getClaimsByIds(store: Store, ids: readonly string[]): Promise<ClaimRecord[]> {
  const rows = await readQuery(store, 'read/claims-by-id', { ids: [...ids] }, ClaimRowSchema);
  return rows.map((row) => row.claim);
}
