import { z } from 'zod';
import { InputError, NotFoundError } from '../errors.js';
import type { Store } from './driver.js';
import { runQuery, writeTx, type QueryRunner } from './run.js';
import { searchTextOf } from './search.js';
import { derivePositions } from './write.js';

/**
 * Analysts' corrections that outlive re-ingest. Claim verdicts are reviewClaim in write.ts; this
 * module merges actors and adds aliases. Each fact records reviewedBy and reviewedAt.
 */

export interface ActorMerge {
  /** The actor that goes away; every claim, alias and affiliation of it moves to `intoId`. */
  fromId: string;
  intoId: string;
  reviewedBy: string;
  /** @default now */
  reviewedAt?: Date | undefined;
}

export interface MergeResult {
  intoId: string;
  /** Claims moved from the merged actor. */
  moved: number;
}

const ActorStatusSchema = z.object({ id: z.string(), exists: z.boolean(), mergedInto: z.string().nullable() });

async function requireActors(tx: QueryRunner, ids: string[]): Promise<void> {
  const rows = await runQuery(tx, 'read/actor-status', { ids }, ActorStatusSchema);
  for (const row of rows) {
    if (row.exists) continue;
    if (row.mergedInto !== null) throw new InputError(`actor ${row.id} was already merged into ${row.mergedInto}; use ${row.mergedInto}`);
    throw new NotFoundError(`no actor with id ${row.id}`);
  }
}

/**
 * Merges one actor into another in one transaction: its claims (all of them, rejected or not),
 * names and aliases, and PART_OF links move to `intoId`; it becomes a
 * (:MergedActor)-[:MERGED_INTO {reviewedBy, reviewedAt}]->(:Actor) record that saveBatch honours,
 * so a re-ingest that brings the old id back writes to `intoId`. Earlier merges into `fromId` are
 * re-pointed, so every MergedActor is one hop from a live actor. Positions are re-derived.
 */
export async function mergeActors(store: Store, merge: ActorMerge): Promise<MergeResult> {
  const { fromId, intoId, reviewedBy, reviewedAt = new Date() } = merge;
  if (fromId === intoId) throw new InputError(`cannot merge actor ${fromId} into itself`);
  return writeTx(store, async (tx) => {
    await requireActors(tx, [fromId, intoId]);
    const params = { fromId, intoId, reviewedBy, reviewedAt: reviewedAt.toISOString() };
    const [row] = await runQuery(tx, 'write/merge-actor', params, z.object({ intoId: z.string(), moved: z.number().int() }));
    if (row === undefined) throw new NotFoundError(`no actor with id ${fromId} or ${intoId}`);
    await derivePositions(tx, [intoId], 1);
    return row;
  });
}

export interface ActorAlias {
  actorId: string;
  alias: string;
  reviewedBy: string;
  /** @default now */
  reviewedAt?: Date | undefined;
}

/**
 * Adds an alias to an actor, searchable at once; it is kept when re-ingest rewrites the actor's
 * gazetteer aliases. Adding an alias it already has changes nothing but reviewedBy/At.
 */
export async function addActorAlias(store: Store, input: ActorAlias): Promise<void> {
  const { actorId, reviewedBy, reviewedAt = new Date() } = input;
  const alias = input.alias.trim();
  if (alias === '') throw new InputError('the alias is empty');
  await writeTx(store, async (tx) => {
    await requireActors(tx, [actorId]);
    const params = { actorId, alias, search: searchTextOf([alias]), reviewedBy, reviewedAt: reviewedAt.toISOString() };
    const rows = await runQuery(tx, 'write/add-actor-alias', params, z.object({ id: z.string() }));
    if (rows.length === 0) throw new NotFoundError(`no actor with id ${actorId}`);
  });
}
