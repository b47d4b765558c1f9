import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InputError, NotFoundError, StoreError } from '../errors.js';
import { ActorTypeSchema, LANGUAGES, StanceSchema, type GraphBatch, type Stance } from '../ingest/model.js';
import type { Store } from './driver.js';
import { runQuery, runStatement, writeTx, type QueryRunner } from './run.js';
import { readActorIds } from './read.js';
import { searchTextOf } from './search.js';

const id = z.string().min(1);
const offset = z.number().int().min(0);
const nullableString = z.string().nullable();

const OccurrenceSchema = z
  .object({ articleId: id, start: offset, end: offset })
  .refine((span) => span.start <= span.end, { message: 'start must not be after end', path: ['end'] });

/** The GraphBatch contract from src/ingest/model.ts, checked before anything is written. */
export const GraphBatchSchema = z.object({
  issues: z.array(z.object({ id, name: z.string().min(1), nameAr: nullableString })),
  articles: z.array(
    z.object({
      id,
      sha256: z.string().min(1),
      file: nullableString,
      url: nullableString,
      title: nullableString,
      outlet: z.string().min(1).nullable(),
      publishedAt: nullableString,
      language: z.enum(LANGUAGES),
      text: z.string(),
    }),
  ),
  actors: z.array(
    z.object({
      id,
      name: z.string().min(1),
      nameAr: nullableString,
      nameEn: nullableString,
      aliases: z.array(z.string()),
      type: ActorTypeSchema,
      partOf: z.array(id),
    }),
  ),
  claims: z.array(
    z
      .object({
        id,
        actorId: id,
        issueId: id,
        stance: StanceSchema,
        qualifiers: z.array(z.string()),
        quote: z.string(),
        confidence: z.number().min(0).max(1),
        method: z.string().min(1),
        articleId: id,
        start: offset,
        end: offset,
        occurrences: z.array(OccurrenceSchema),
      })
      .refine((claim) => claim.start <= claim.end, { message: 'start must not be after end', path: ['end'] }),
  ),
});

// Keeps the schema and the ingest type in step: this fails to compile if they drift apart.
const _schemaMatchesModel: z.ZodType<GraphBatch> = GraphBatchSchema;
void _schemaMatchesModel;

/**
 * Rows per UNWIND statement unless told otherwise. bench:ingest's ablation study (README, Graph
 * model) found 1,000-row chunks costing more Neo4j CPU per claim than 5,000 in 4 of 5 runs side
 * by side, and 10,000 no better.
 */
const DEFAULT_CHUNK_SIZE = 5000;

export interface SaveOptions {
  /**
   * Rows per UNWIND statement.
   * @default 5000
   */
  chunkSize?: number;
}

export interface SaveResult {
  issues: number;
  articles: number;
  actors: number;
  claims: number;
  /** (claim, article) pairs: a claim carried by three outlets counts three. */
  occurrences: number;
  /** Typed position edges written for the actors whose claims the batch wrote. */
  positions: number;
}

/**
 * Upserts a batch in ONE managed write transaction (the driver retries transient errors, and
 * every statement MERGEs on ids, creating only what it did not find, so a retry or a re-ingest
 * leaves the same graph), then brings the position edges of the actors whose claims it wrote up
 * to date: new claims are added to their edges, actors with a claim that was already there are
 * derived again from all their claims.
 *
 * A claim's stance is kept when a reviewer has set `reviewedAt` on it. Claims, occurrences and
 * PART_OF links must name actors, issues and articles that are in the batch or already in the
 * graph; otherwise nothing is written and an InputError lists them.
 */
export async function saveBatch(store: Store, batch: GraphBatch, options: SaveOptions = {}): Promise<SaveResult> {
  const { chunkSize = DEFAULT_CHUNK_SIZE } = options;
  const parsed = GraphBatchSchema.safeParse(batch);
  if (!parsed.success) throw new InputError(`invalid graph batch:\n${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  const valid = parsed.data;

  return writeTx(store, async (tx) => {
    // Reviewers' merges win over extraction: an id merged away is written as the actor it was
    // merged into, so a re-ingest that brings the old id back neither revives it nor loses claims.
    const mergedInto = await readMergedTargets(tx, actorIdsOf(valid), chunkSize);
    const resolve = (actorId: string) => mergedInto.get(actorId) ?? actorId;
    const actorRows = valid.actors
      .filter((actor) => !mergedInto.has(actor.id))
      .map(({ partOf, ...actor }) => withFingerprint({
        ...actor,
        partOf: [...new Set(partOf.map(resolve))].filter((parentId) => parentId !== actor.id),
        typeLabel: ACTOR_TYPE_LABEL[actor.type],
        search: searchTextOf([actor.name, actor.nameAr, actor.nameEn, ...actor.aliases]),
      }));
    const parentRows = actorRows.flatMap((actor) => actor.partOf.map((parentId) => ({ id: actor.id, parentId })));
    // A claim row carries its (claim, article) pairs, primary article first unless listed, each
    // article once (the last offsets given win, as they would by writing them one after another).
    const claimRows = valid.claims.map((claim) => {
      const seen = new Set(claim.occurrences.map((occurrence) => occurrence.articleId));
      const primary = seen.has(claim.articleId) ? [] : [{ articleId: claim.articleId, start: claim.start, end: claim.end }];
      const occurrences = new Map([...primary, ...claim.occurrences].map((occurrence) => [occurrence.articleId, occurrence]));
      return { ...claim, actorId: resolve(claim.actorId), occurrences: [...occurrences.values()], search: searchTextOf([claim.quote]) };
    });

    // Reference checks before anything is written: ids the batch itself brings are known, the
    // others (usually none) are looked up. Throwing inside the transaction rolls all of it back.
    const known = await knownIds(tx, {
      actors: [actorRows.map((actor) => actor.id), [...parentRows.map((row) => row.parentId), ...claimRows.map((claim) => claim.actorId)]],
      issues: [valid.issues.map((issue) => issue.id), claimRows.map((claim) => claim.issueId)],
      articles: [valid.articles.map((article) => article.id), claimRows.flatMap((claim) => claim.occurrences.map((occurrence) => occurrence.articleId))],
    }, chunkSize);
    const claimWritable = (claim: { actorId: string; issueId: string }) => known.actors.has(claim.actorId) && known.issues.has(claim.issueId);
    rejectDangling([
      ...parentRows
        .filter((row) => !known.actors.has(row.parentId))
        .map((row) => `actor ${row.id}: partOf ${row.parentId}, which is not an actor in the batch or the graph`),
      ...claimRows
        .filter((claim) => !claimWritable(claim))
        .map((claim) => `claim ${claim.id}: actor ${claim.actorId} or issue ${claim.issueId} is not in the batch or the graph`),
      ...claimRows
        .filter(claimWritable)
        .flatMap((claim) => claim.occurrences.filter((occurrence) => !known.articles.has(occurrence.articleId)).map((occurrence) => ({ claim, occurrence })))
        .map(({ claim, occurrence }) => `claim ${claim.id}: article ${occurrence.articleId} is not in the batch or the graph`),
    ]);

    // Every write statement is sent at once, in this order, rather than each after the previous
    // one's answer: Neo4j runs them one after another either way, and meanwhile Node encodes and
    // sends the next instead of waiting for a round trip. Claims come with their MADE, ABOUT and
    // IN links in one statement; each chunk counts the occurrences it wrote, which must be all of
    // them since every reference was checked above, and names the claims that were already in
    // the graph (the others it created).
    const [redated, existing] = await Promise.all([
      Promise.all([
        ...chunksOf(valid.issues, chunkSize).map((rows) => runStatement(tx, 'write/merge-issues', { rows })),
        ...chunksOf(actorRows, chunkSize).map((rows) => runStatement(tx, 'write/merge-actors', { rows })),
      ]),
      Promise.all(chunksOf(valid.articles, chunkSize).map(async (rows) => (await runQuery(tx, 'write/merge-articles', { rows }, RedatedRowSchema))[0]?.redated ?? [])),
      Promise.all(chunksOf(parentRows, chunkSize).map(async (rows) => {
        const [row] = await runQuery(tx, 'write/merge-actor-parents', { rows }, LinkedRowSchema);
        expectWritten('write/merge-actor-parents', row?.linked, rows.length);
      })),
      Promise.all(byFirstOccurrence(claimRows, (claim) => claim.id).flatMap((round) => chunksOf(round, chunkSize)).map(async (rows) => {
        const [row] = await runQuery(tx, 'write/merge-claims', toClaimStatementColumns(rows), ClaimsWrittenRowSchema);
        expectWritten('write/merge-claims', row?.occurrences, rows.reduce((n, claim) => n + claim.occurrences.length, 0));
        return row?.existing ?? [];
      })),
    ]).then(([, redated, , existing]) => [redated.flat(), new Set(existing.flat())] as const);

    // Positions: the new claims of an actor are added to its edges, from what the batch says
    // about them (stance, article dates). An actor with a claim that was there already (its
    // stance may have changed), with a claim in an article the batch does not bring, or with a
    // claim in an article whose date changed is derived again from all its claims instead.
    const articleDates = new Map(valid.articles.map((article) => [article.id, article.publishedAt]));
    const rederive = new Set(
      claimRows
        .filter((claim) => existing.has(claim.id) || claim.occurrences.some((occurrence) => !articleDates.has(occurrence.articleId)))
        .map((claim) => claim.actorId),
    );
    await forChunks(redated, Math.max(chunkSize, 1000), async (ids) => {
      for (const row of await runQuery(tx, 'read/claimants-in-articles', { ids }, IdRowSchema)) rederive.add(row.id);
    });
    const added = addedPositions(claimRows.filter((claim) => !rederive.has(claim.actorId)), articleDates);
    const positions = (await derivePositions(tx, [...rederive].sort(compareIds), chunkSize)) + (await addPositions(tx, added, chunkSize));
    return {
      issues: valid.issues.length,
      articles: valid.articles.length,
      actors: valid.actors.length,
      claims: new Set(claimRows.map((claim) => claim.id)).size,
      occurrences: new Set(claimRows.flatMap((claim) => claim.occurrences.map((occurrence) => pairKey(claim.id, occurrence.articleId)))).size,
      positions,
    };
  });
}

export interface SaveBatchesOptions extends SaveOptions {
  /**
   * Batches open at once. With 2, Node checks, builds, encodes and sends the next batch while
   * Neo4j is still writing and committing the one before, instead of both taking turns.
   * @default 2
   */
  inFlight?: number;
  /** Called as each batch has been written, in the order they finish. */
  onSaved?: (index: number, result: SaveResult) => void;
}

/**
 * Writes batches in order, each in its own transaction as saveBatch does, with up to `inFlight`
 * of them open at once. The graph is the same as written one after another: batches that share
 * an issue take turns in Neo4j (merge-issues write-locks it first, so the later batch's
 * statements wait for the earlier commit and then see it), and where they do not, every write
 * locks what it reads. A batch that names nodes only an earlier batch still in flight brings
 * fails its reference check; it is checked and written again once the earlier ones are done.
 *
 * Stops sending at the first batch that fails and throws its error; a later batch already in
 * flight may have been written by then (writing it again changes nothing).
 */
export async function saveBatches(store: Store, batches: readonly GraphBatch[], options: SaveBatchesOptions = {}): Promise<SaveResult[]> {
  const { inFlight = 2, onSaved, ...saveOptions } = options;
  if (!Number.isInteger(inFlight) || inFlight < 1) throw new InputError(`inFlight must be a positive integer, not ${inFlight}`);
  const writes: Promise<SaveResult>[] = [];
  for (const [index, batch] of batches.entries()) {
    const oldest = writes.at(-inFlight);
    if (oldest !== undefined && (await oldest.then(() => false, () => true))) break;
    const earlier = inFlight === 1 ? [] : writes.slice(-(inFlight - 1));
    const write = saveBatchAfter(store, batch, earlier, saveOptions).then((result) => {
      onSaved?.(index, result);
      return result;
    });
    // Handled from the start (a failure while the loop waits must not end the process as an
    // unhandled rejection); the first failure in batch order is thrown below, once all have settled.
    write.catch(() => undefined);
    writes.push(write);
  }
  const failed = (await Promise.allSettled(writes)).find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
  return Promise.all(writes);
}

/** saveBatch, checked and written again after `earlier` if its references were not all there yet. */
async function saveBatchAfter(store: Store, batch: GraphBatch, earlier: Promise<SaveResult>[], options: SaveOptions): Promise<SaveResult> {
  try {
    return await saveBatch(store, batch, options);
  } catch (error) {
    // The only InputError that depends on the graph is a reference to a node not (yet) in it.
    if (!(error instanceof InputError) || earlier.length === 0) throw error;
    await Promise.allSettled(earlier);
    return saveBatch(store, batch, options);
  }
}

export interface ClaimReview {
  claimId: string;
  reviewedBy: string;
  /** The stance the reviewer settled on; omitted keeps the extracted one. */
  stance?: Stance | undefined;
  /** A rejected claim no longer counts towards its actor's position. */
  rejected?: boolean | undefined;
  /** @default now */
  reviewedAt?: Date | undefined;
}

/**
 * Records a reviewer's verdict on a claim and re-derives its actor's positions in the same
 * transaction. Once reviewed, re-ingesting the claim no longer changes its stance.
 */
export async function reviewClaim(store: Store, review: ClaimReview): Promise<void> {
  const { claimId, reviewedBy, stance, rejected = false, reviewedAt = new Date() } = review;
  await writeTx(store, async (tx) => {
    const params = { claimId, reviewedBy, stance: stance ?? null, rejected, reviewedAt: reviewedAt.toISOString() };
    const [row] = await runQuery(tx, 'write/review-claim', params, z.object({ actorId: z.string() }));
    if (row === undefined) throw new NotFoundError(`no claim with id ${claimId}`);
    await derivePositions(tx, [row.actorId], 1);
  });
}

/**
 * Re-derives every actor's typed position edges from its claims, e.g. after reviewers rejected
 * or re-labelled claims. Returns the number of edges.
 */
export async function recomputePositions(store: Store, options: SaveOptions = {}): Promise<number> {
  const { chunkSize = DEFAULT_CHUNK_SIZE } = options;
  const actorIds = await readActorIds(store);
  return writeTx(store, (tx) => derivePositions(tx, actorIds, chunkSize));
}

/**
 * Deletes every node and relationship (`stancegraph db reset`, tests), a chunk per transaction
 * so that a large graph does not need one huge transaction. Relationships go first: a node that
 * holds 100,000 of them (the issue every claim is ABOUT) would otherwise be one chunk of its
 * own, over Neo4j's transaction memory limit. Constraints and indexes stay. Returns the number
 * of nodes deleted.
 */
export async function deleteGraph(store: Store, options: { chunkSize?: number } = {}): Promise<number> {
  const { chunkSize = 10000 } = options;
  await deleteInChunks(store, 'write/delete-relationships-chunk', chunkSize);
  return deleteInChunks(store, 'write/delete-graph-chunk', chunkSize);
}

async function deleteInChunks(store: Store, statement: 'write/delete-relationships-chunk' | 'write/delete-graph-chunk', chunkSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await writeTx(store, (tx) => runQuery(tx, statement, { limit: chunkSize }, DeletedRowSchema));
    const deleted = row?.deleted ?? 0;
    total += deleted;
    if (deleted < chunkSize) return total;
  }
}

/**
 * The position rule: take the actor's claims on the issue that are not rejected and drop the
 * neutral ones. None left → NEUTRAL_ON; all supports → SUPPORTS; all opposes → OPPOSES;
 * anything else (a mixed claim, or supports and opposes together) → MIXED_ON. An actor whose
 * claims on an issue are all rejected has no edge to it.
 */
export async function derivePositions(tx: QueryRunner, actorIds: string[], chunkSize: number): Promise<number> {
  let edges = 0;
  // One statement per chunk: an edge that still holds is kept (its properties set, a no-op when
  // unchanged), the others are deleted, so a re-ingest rewrites no unchanged edge.
  await forChunks(actorIds, chunkSize, async (chunk) => {
    for (const row of await runQuery(tx, 'write/derive-positions', { actorIds: chunk }, DerivedRowSchema)) edges += row.edges;
  });
  return edges;
}

/** What new claims add to one actor's edge to one issue: write/add-positions.cypher's rows. */
interface AddedPosition {
  actorId: string;
  issueId: string;
  claims: number;
  /** The new claims' stances other than neutral, each once. */
  decisive: Stance[];
  first: string | null;
  last: string | null;
}

/**
 * Claims new to the graph summed per (actor, issue) as the position rule reads them: how many,
 * which decisive stances, the earliest and latest date of their articles (min and max ignore
 * undated ones, as Cypher's do). Sorted by actor, so concurrent writers lock actors in one order.
 */
function addedPositions(claims: readonly { id: string; actorId: string; issueId: string; stance: Stance; occurrences: { articleId: string }[] }[], dates: ReadonlyMap<string, string | null>): AddedPosition[] {
  const byPair = new Map<string, AddedPosition>();
  const counted = new Set<string>();
  for (const claim of claims) {
    if (counted.has(claim.id)) continue;
    counted.add(claim.id);
    const key = pairKey(claim.actorId, claim.issueId);
    const position = byPair.get(key) ?? { actorId: claim.actorId, issueId: claim.issueId, claims: 0, decisive: [], first: null, last: null };
    byPair.set(key, position);
    position.claims += 1;
    if (claim.stance !== 'neutral' && !position.decisive.includes(claim.stance)) position.decisive.push(claim.stance);
    for (const occurrence of claim.occurrences) {
      const date = dates.get(occurrence.articleId) ?? null;
      if (date === null) continue;
      if (position.first === null || date < position.first) position.first = date;
      if (position.last === null || date > position.last) position.last = date;
    }
  }
  return [...byPair.values()].sort((a, b) => compareIds(a.actorId, b.actorId) || compareIds(a.issueId, b.issueId));
}

/**
 * Adds new claims to their actors' position edges (see write/add-positions.cypher): the same
 * edges derivePositions gives, given that the edges were right before. Returns the number of
 * edges written.
 */
async function addPositions(tx: QueryRunner, rows: AddedPosition[], chunkSize: number): Promise<number> {
  let edges = 0;
  await forChunks(rows, chunkSize, async (chunk) => {
    for (const row of await runQuery(tx, 'write/add-positions', { rows: chunk }, DerivedRowSchema)) edges += row.edges;
  });
  return edges;
}

/**
 * Claims as write/merge-claims.cypher takes them: parallel lists, claim n at index n of each (and
 * its articles at [n][k] of the three occurrence lists). Cheaper to encode and decode than a map
 * per claim, whose key names Bolt would carry for every claim; the offsets go as plain numbers
 * and the statement makes them integers.
 */
function toClaimStatementColumns(claims: readonly ClaimStatementRow[]) {
  const column = <K extends keyof ClaimStatementRow>(key: K) => claims.map((claim) => claim[key]);
  const occurrenceColumn = <K extends keyof ClaimOccurrence>(key: K) => claims.map((claim) => claim.occurrences.map((occurrence) => occurrence[key]));
  return {
    ids: column('id'), actorIds: column('actorId'), issueIds: column('issueId'), stances: column('stance'),
    qualifiers: column('qualifiers'), quotes: column('quote'), starts: column('start'), ends: column('end'),
    confidences: column('confidence'), methods: column('method'), articleIds: column('articleId'), searches: column('search'),
    occurrenceArticleIds: occurrenceColumn('articleId'), occurrenceStarts: occurrenceColumn('start'), occurrenceEnds: occurrenceColumn('end'),
  };
}

interface ClaimOccurrence { articleId: string; start: number; end: number }
interface ClaimStatementRow { id: string; actorId: string; issueId: string; stance: Stance; qualifiers: string[]; quote: string; start: number; end: number; confidence: number; method: string; articleId: string; search: string; occurrences: ClaimOccurrence[] }

/**
 * An actor row with a digest of everything write/merge-actors.cypher writes from it, which the
 * statement stores and compares to leave unchanged actors alone.
 */
function withFingerprint<T extends object>(row: T): T & { fingerprint: string } {
  return { ...row, fingerprint: createHash('sha256').update(JSON.stringify(row)).digest('base64url') };
}

/** Ids in one fixed order, so that concurrent writers lock actors in the same order. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Splits items into rounds in which each key appears once: the first of each key, then the
 * second… (usually one round). A statement that CREATEs what it did not find must not meet the
 * same key twice.
 */
function byFirstOccurrence<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const rounds: T[][] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const round = seen.get(key(item)) ?? 0;
    seen.set(key(item), round + 1);
    (rounds[round] ??= []).push(item);
  }
  return rounds;
}

/** items in slices of `size`, in order. */
function chunksOf<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new InputError(`chunk size must be a positive integer, not ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** Runs `work` on each slice of `size` items, one after another. */
export async function forChunks<T>(items: readonly T[], size: number, work: (chunk: T[]) => Promise<void>): Promise<void> {
  for (const chunk of chunksOf(items, size)) await work(chunk);
}

function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

function rejectDangling(problems: string[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 20).map((problem) => `  ${problem}`);
  if (problems.length > shown.length) shown.push(`  … and ${problems.length - shown.length} more`);
  throw new InputError(`graph batch refers to nodes that do not exist (nothing was written):\n${shown.join('\n')}`);
}

type IdKind = 'actors' | 'issues' | 'articles';

/**
 * Which of the referenced ids exist: those the batch brings (first list), plus those of the
 * others (second list) that are already in the graph.
 */
async function knownIds(tx: QueryRunner, refs: Record<IdKind, [inBatch: string[], referenced: string[]]>, chunkSize: number): Promise<Record<IdKind, Set<string>>> {
  const lookups = { actors: 'read/actors-by-id', issues: 'read/issues-by-id', articles: 'read/article-texts-by-id' } as const;
  const known = {} as Record<IdKind, Set<string>>;
  for (const kind of Object.keys(lookups) as IdKind[]) {
    const [inBatch, referenced] = refs[kind];
    const ids = new Set(inBatch);
    const outside = [...new Set(referenced.filter((id) => !ids.has(id)))];
    await forChunks(outside, Math.max(chunkSize, 1000), async (chunk) => {
      for (const row of await runQuery(tx, lookups[kind], { ids: chunk }, IdRowSchema)) ids.add(row.id);
    });
    known[kind] = ids;
  }
  return known;
}

/** A write whose references were all checked must have written every row it was given. */
function expectWritten(statement: string, written: number | undefined, expected: number): void {
  if (written !== expected) {
    throw new StoreError(`cypher/${statement}.cypher wrote ${written ?? 0} of ${expected} rows: a node it refers to disappeared during the write; try again`);
  }
}

/** Every actor id a batch names: its actors, their parents, and the claims' speakers. */
function actorIdsOf(batch: GraphBatch): string[] {
  return [...new Set([...batch.actors.flatMap((actor) => [actor.id, ...actor.partOf]), ...batch.claims.map((claim) => claim.actorId)])];
}

/** old id → the actor it was merged into, for the ids a reviewer merged away. */
async function readMergedTargets(tx: QueryRunner, ids: string[], chunkSize: number): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  await forChunks(ids, Math.max(chunkSize, 1000), async (chunk) => {
    for (const row of await runQuery(tx, 'read/merged-actor-targets', { ids: chunk }, MergedTargetRowSchema)) targets.set(row.id, row.intoId);
  });
  return targets;
}

/**
 * The extra label each actor carries for its type, so that Neo4j Browser can colour actors by
 * type (it styles by label). write/merge-actors.cypher and write/merge-actor.cypher remove them all
 * by name before setting one: keep those lists in step with this table.
 */
export const ACTOR_TYPE_LABEL = {
  government: 'Government',
  ministry: 'Ministry',
  military: 'Military',
  person: 'Person',
  official: 'Official',
  faction: 'Faction',
  party: 'Party',
  analyst: 'Analyst',
  'diplomatic-source': 'DiplomaticSource',
  source: 'Source',
  legislature: 'Legislature',
  public: 'Public',
  organization: 'Organization',
  country: 'Country',
} as const satisfies Record<z.infer<typeof ActorTypeSchema>, string>;

const MergedTargetRowSchema = z.object({ id: z.string(), intoId: z.string() });
const LinkedRowSchema = z.object({ linked: z.number().int() });
const ClaimsWrittenRowSchema = z.object({ occurrences: z.number().int(), existing: z.array(z.string()) });
const RedatedRowSchema = z.object({ redated: z.array(z.string()) });
const IdRowSchema = z.object({ id: z.string() });
const DerivedRowSchema = z.object({ edges: z.number().int() });
const DeletedRowSchema = z.object({ deleted: z.number().int() });
