import type { Session } from 'neo4j-driver';
import { z } from 'zod';
import type { Stance } from '../ingest/model.js';
import type { Store } from './driver.js';
import {
  ActorRecordSchema,
  actorWithPositionsRowSchema,
  ArticleRecordSchema,
  ClaimRecordSchema,
  IssueRecordSchema,
  PositionEdgeRecordSchema,
  positionRowSchema,
  STANCE_EDGE,
  toActorPositions,
  toPosition,
  type ActorPositions,
  type ActorRecord,
  type ArticleRecord,
  type ClaimRecord,
  type GraphCounts,
  type IssueRecord,
  type PositionEdgeRecord,
  type PositionRecord,
} from './records.js';
import { ALL_CLAIM_FIELDS, claimFieldParams, type ClaimFields } from './claim-fields.js';
import { heldTx, openReadSession, readQuery, runQuery } from './run.js';

/** Every issue, by id. */
export async function listIssues(store: Store): Promise<IssueRecord[]> {
  return readQuery(store, 'read/issues', {}, IssueRecordSchema);
}

export async function getIssue(store: Store, id: string): Promise<IssueRecord | null> {
  return (await getIssuesByIds(store, [id]))[0] ?? null;
}

/** Issues for the ids that exist, in no particular order. */
export async function getIssuesByIds(store: Store, ids: readonly string[]): Promise<IssueRecord[]> {
  return readQuery(store, 'read/issues-by-id', { ids: [...ids] }, IssueRecordSchema);
}

/** Every actor, by name. */
export async function listActors(store: Store): Promise<ActorRecord[]> {
  return readQuery(store, 'read/actors', {}, ActorRecordSchema);
}

export async function getActor(store: Store, id: string): Promise<ActorRecord | null> {
  return (await getActorsByIds(store, [id]))[0] ?? null;
}

/** Actors for the ids that exist, in no particular order. */
export async function getActorsByIds(store: Store, ids: readonly string[]): Promise<ActorRecord[]> {
  return readQuery(store, 'read/actors-by-id', { ids: [...ids] }, ActorRecordSchema);
}

export async function readActorIds(store: Store): Promise<string[]> {
  const rows = await readQuery(store, 'read/actor-ids', {}, z.object({ id: z.string() }));
  return rows.map((row) => row.id);
}

export interface PositionQuery {
  issueId: string;
  /** Only actors whose position is this one. */
  stance?: Stance | undefined;
  /**
   * Read each position's claims (with their articles) too; without them `claims` is [].
   * @default true
   */
  withClaims?: boolean | undefined;
  /**
   * The claim properties to read (ids always come).
   * @default ALL_CLAIM_FIELDS
   */
  claimFields?: ClaimFields | undefined;
}

/**
 * The actors with a position on an issue, each with its claims and their articles (unless told
 * not to read them), in one query:
 * most claims first, then by actor name. An unknown issue yields an empty list.
 */
export async function listPositions(store: Store, query: PositionQuery): Promise<PositionRecord[]> {
  const { issueId, stance, withClaims = true, claimFields = ALL_CLAIM_FIELDS } = query;
  const edge = stance === undefined ? null : STANCE_EDGE[stance];
  const rows = await readQuery(store, 'read/positions-for-issue', { issueId, edge, withClaims, ...claimFieldParams(claimFields) }, positionRowSchema(claimFields));
  return rows.map((row) => toPosition(row, claimFields));
}

export interface ActorPositionsQuery {
  /**
   * Read each position's claims too; without them `claims` is [].
   * @default true
   */
  withClaims?: boolean | undefined;
  /**
   * The claim properties to read (ids always come).
   * @default ALL_CLAIM_FIELDS
   */
  claimFields?: ClaimFields | undefined;
}

/** Actors for the ids that exist, each with its positions by issue id (none: []), in no particular order. */
export async function getActorsWithPositions(store: Store, actorIds: readonly string[], query: ActorPositionsQuery = {}): Promise<ActorPositions[]> {
  const { withClaims = true, claimFields = ALL_CLAIM_FIELDS } = query;
  const params = { actorIds: [...actorIds], withClaims, ...claimFieldParams(claimFields) };
  const rows = await readQuery(store, 'read/actors-with-positions', params, actorWithPositionsRowSchema(claimFields));
  return rows.map((row) => toActorPositions(row, claimFields));
}

/** The non-rejected claims of an actor on an issue, earliest article first. */
export async function listClaims(store: Store, query: { actorId: string; issueId: string }): Promise<ClaimRecord[]> {
  const rows = await readQuery(store, 'read/claims-for-actor-issue', { actorId: query.actorId, issueId: query.issueId }, z.object({ claim: ClaimRecordSchema }));
  return rows.map((row) => row.claim);
}

/** An article's metadata (not its text: see getArticleTexts). */
export async function getArticle(store: Store, id: string): Promise<ArticleRecord | null> {
  const rows = await readQuery(store, 'read/article', { id }, ArticleRecordSchema);
  return rows[0] ?? null;
}

/** Article texts by id, for the ids that exist. */
export async function getArticleTexts(store: Store, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await readQuery(store, 'read/article-texts-by-id', { ids: [...ids] }, z.object({ id: z.string(), text: z.string() }));
  return new Map(rows.map((row) => [row.id, row.text]));
}

/** Every typed position edge, as stored, ordered by actor and issue. */
export async function listPositionEdges(store: Store): Promise<PositionEdgeRecord[]> {
  return readQuery(store, 'read/position-edges', {}, PositionEdgeRecordSchema);
}

export async function countGraph(store: Store): Promise<GraphCounts> {
  const rows = await readQuery(store, 'read/count-graph', {}, z.object({ nodes: z.number().int(), relationships: z.number().int() }));
  return rows[0] ?? { nodes: 0, relationships: 0 };
}

export async function isGraphEmpty(store: Store): Promise<boolean> {
  const rows = await readQuery(store, 'read/graph-is-empty', {}, z.object({ empty: z.boolean() }));
  return rows[0]?.empty ?? true;
}

const GraphVersionRowSchema = z.object({ epoch: z.string().nullable(), version: z.number().int().nullable() });

/**
 * The graph's version, as a token that changes with every write committed through src/store
 * (see writeTx) and is never reused (an epoch is drawn whenever the version node is created):
 * `<epoch>:<n>`, or `none` before the first write. One auto-commit read of one node.
 */
export async function readGraphVersion(store: Store, kept?: Session): Promise<string> {
  const [row] = await readQuery(store, 'read/graph-version', {}, GraphVersionRowSchema, kept);
  return row === undefined || row.epoch === null ? 'none' : `${row.epoch}:${row.version ?? 0}`;
}

/**
 * readGraphVersion for a caller that reads the version again and again (the read cache): the
 * reads go one after another through one session kept open (openReadSession).
 */
export function graphVersionReader(store: Store): () => Promise<string> {
  const session = openReadSession(store);
  let previous: Promise<unknown> = Promise.resolve();
  return () => {
    const read = previous.then(() => readGraphVersion(store, session));
    previous = read.catch(() => undefined);
    return read;
  };
}

/**
 * The two nodes a version lease can lock (cypher/write/lock-graph-version): the version node and
 * its copy. Every write sets both, so a lease on either holds writes back.
 */
export const GRAPH_VERSION_LOCKS = ['graph', 'graph-copy'] as const;
export type GraphVersionLock = (typeof GRAPH_VERSION_LOCKS)[number];

/**
 * The write tickets (cypher/write/announce-graph-write): every write draws one once it has
 * committed, and marks it served when it has advanced the version. A ticket drawn beyond the
 * highest served is a write still to advance the version, perhaps waiting for a lease.
 */
export const GraphWritersSchema = z.object({ requested: z.number().int(), served: z.number().int() });
export type GraphWriters = z.infer<typeof GraphWritersSchema>;

/** The graph version, held: no write can advance it until `release()`. */
export interface GraphVersionLease {
  version: string;
  /**
   * Whether the node's lock is held. Not before the first write (there is no node to lock yet):
   * the version is then only as current as a plain read.
   */
  held: boolean;
  /** The write tickets as the lease was taken. */
  writers: GraphWriters;
  /** Reads the write tickets again, inside the lease (one round trip, nothing else sent). */
  checkWriters(): Promise<GraphWriters>;
  /** Ends the lease: writes waiting to advance the version go on. */
  release(): Promise<void>;
}

const LeaseRowSchema = GraphVersionRowSchema.extend(GraphWritersSchema.shape);

/**
 * Reads the graph version and takes the write lock of one of the two version nodes, changing
 * nothing, in a transaction held open until `release()` rolls it back. Every write advances the
 * version after it commits (writeTx), and that waits for the locks of both nodes; so while the
 * lease is held, the version read is still the current one, in whatever process the writes are
 * made. Neo4j ends the transaction after `timeoutMs` if it is never released.
 */
export async function leaseGraphVersion(store: Store, timeoutMs: number, lock: GraphVersionLock): Promise<GraphVersionLease> {
  const held = await heldTx(store, timeoutMs, (tx) => runQuery(tx, 'write/lock-graph-version', { id: lock }, LeaseRowSchema));
  const row = held.value[0];
  if (row === undefined || row.epoch === null) {
    await held.rollback();
    const writers = { requested: 0, served: 0 };
    return { version: 'none', held: false, writers, checkWriters: () => Promise.resolve(writers), release: () => Promise.resolve() };
  }
  const checkWriters = async (): Promise<GraphWriters> => {
    const [writers] = await held.run((tx) => runQuery(tx, 'read/graph-writers', {}, GraphWritersSchema));
    return writers ?? { requested: 0, served: 0 };
  };
  return { version: `${row.epoch}:${row.version ?? 0}`, held: true, writers: { requested: row.requested, served: row.served }, checkWriters, release: held.rollback };
}
