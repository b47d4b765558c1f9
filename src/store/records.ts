import { z } from 'zod';
import { ActorTypeSchema, LANGUAGES, StanceSchema } from '../ingest/model.js';
import { ARTICLE_PROPERTY_SCHEMAS, claimViewRowSchema, normalizeClaimFields, perClaimFields, toClaimView, type ClaimFields, type ClaimView } from './claim-fields.js';

/**
 * What src/store/read.ts returns: plain records, checked with zod as they come out of Neo4j.
 * Stances stay in the ingest vocabulary ('supports', …); GraphQL maps them to its enum.
 */

const nullableString = z.string().nullable();

export const IssueRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameAr: nullableString,
});
export type IssueRecord = z.infer<typeof IssueRecordSchema>;

export const ActorRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameAr: nullableString,
  nameEn: nullableString,
  aliases: z.array(z.string()).nullable().transform((aliases) => aliases ?? []),
  type: ActorTypeSchema,
  /** Ids of the actors this one is PART_OF. */
  partOf: z.array(z.string()),
});
export type ActorRecord = z.infer<typeof ActorRecordSchema>;

/** An article without its text, which is fetched only when asked for (see articleTexts). */
export const ArticleRecordSchema = z.object({ id: z.string(), ...ARTICLE_PROPERTY_SCHEMAS });
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/**
 * A claim's occurrence as the claim reads send it: a list, not a map (see ClaimRecordSchema),
 * `[start, end, article id, sha256, file, url, title, outlet, publishedAt, language]`.
 */
export const OccurrenceRecordSchema = z
  .tuple([z.number().int(), z.number().int(), z.string(), z.string(), nullableString, nullableString, nullableString, nullableString, nullableString, z.enum(LANGUAGES)])
  .transform(([start, end, id, sha256, file, url, title, outlet, publishedAt, language]) => ({
    start,
    end,
    article: { id, sha256, file, url, title, outlet, publishedAt, language } satisfies ArticleRecord,
  }));
export type OccurrenceRecord = z.output<typeof OccurrenceRecordSchema>;

/**
 * A claim as the claim and position reads send it: a list, not a map, `[id, stance, qualifiers,
 * quote, start, end, confidence, method, articleId, rejected, reviewedBy, reviewedAt, actorId,
 * issueId, occurrences]`. Bolt sends a map's keys with every map, and a position read carries
 * hundreds of claims with 26 keys each (their occurrences and articles included): decoding the
 * keys was about a third of whoSupports' client time. The record handed on is the usual object:
 * `start`/`end` are offsets into the claim's own article (`articleId`); `occurrences` are every
 * article carrying the claim, earliest first, that one included; review facts absent (never
 * reviewed) read as not rejected, no reviewer.
 */
export const ClaimRecordSchema = z
  .tuple([
    z.string(),
    StanceSchema,
    z.array(z.string()).nullable(),
    z.string(),
    z.number().int(),
    z.number().int(),
    z.number(),
    z.string(),
    z.string(),
    z.boolean().nullable(),
    nullableString,
    nullableString,
    z.string(),
    z.string(),
    z.array(OccurrenceRecordSchema).min(1),
  ])
  .transform(([id, stance, qualifiers, quote, start, end, confidence, method, articleId, rejected, reviewedBy, reviewedAt, actorId, issueId, occurrences]) => ({
    id,
    actorId,
    issueId,
    stance,
    qualifiers: qualifiers ?? [],
    quote,
    start,
    end,
    confidence,
    method,
    articleId,
    occurrences,
    rejected: rejected ?? false,
    reviewedBy,
    reviewedAt,
  }));
export type ClaimRecord = z.output<typeof ClaimRecordSchema>;

/** The typed edge between an actor and an issue, as stored. */
export const POSITION_EDGES = ['SUPPORTS', 'OPPOSES', 'MIXED_ON', 'NEUTRAL_ON'] as const;
export const PositionEdgeSchema = z.enum(POSITION_EDGES);
export type PositionEdge = z.infer<typeof PositionEdgeSchema>;

export const EDGE_STANCE = {
  SUPPORTS: 'supports',
  OPPOSES: 'opposes',
  MIXED_ON: 'mixed',
  NEUTRAL_ON: 'neutral',
} as const satisfies Record<PositionEdge, z.infer<typeof StanceSchema>>;

export const STANCE_EDGE = {
  supports: 'SUPPORTS',
  opposes: 'OPPOSES',
  mixed: 'MIXED_ON',
  neutral: 'NEUTRAL_ON',
} as const satisfies Record<z.infer<typeof StanceSchema>, PositionEdge>;

export const PositionEdgeRecordSchema = z.object({
  actorId: z.string(),
  issueId: z.string(),
  edge: PositionEdgeSchema,
  claims: z.number().int(),
  first: nullableString,
  last: nullableString,
});
export type PositionEdgeRecord = z.infer<typeof PositionEdgeRecordSchema>;

/** An actor's derived position on an issue, with the claims it rests on. */
export interface PositionRecord {
  actor: ActorRecord;
  issue: IssueRecord;
  stance: z.infer<typeof StanceSchema>;
  /** Non-rejected claims of the actor on the issue, neutral ones included. */
  claimCount: number;
  /** Earliest and latest publishedAt among the claims' articles. */
  first: string | null;
  last: string | null;
  /**
   * The claims, earliest first, with the properties the read was asked for (`ClaimFields`);
   * [] when the read was told not to load them (listPositions `withClaims`).
   */
  claims: ClaimView[];
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

/** A position row as the position queries return it, its claims limited to `fields`: the typed edge still to be read as a stance. */
export const positionRowSchema = perClaimFields((fields) =>
  z.object({
    actor: ActorRecordSchema,
    issue: IssueRecordSchema,
    edge: PositionEdgeSchema,
    claimCount: z.number().int(),
    first: z.string().nullable(),
    last: z.string().nullable(),
    claims: z.array(claimViewRowSchema(fields)),
  }),
);

type PositionRow = z.output<ReturnType<typeof positionRowSchema>>;

/** The position a row stands for; `fields` are those the row was read with. */
export function toPosition(row: PositionRow, fields: ClaimFields): PositionRecord {
  const { edge, claims, ...rest } = row;
  const normal = normalizeClaimFields(fields);
  return { ...rest, stance: EDGE_STANCE[edge], claims: claims.map((claim) => toClaimView(claim, normal, rest.actor.id, rest.issue.id)) };
}

/** An actor with its positions as read/actors-with-positions nests them under it. */
export const actorWithPositionsRowSchema = perClaimFields((fields) =>
  z.object({
    actor: ActorRecordSchema,
    positions: z.array(positionRowSchema(fields).omit({ actor: true })),
  }),
);

/** An actor with its positions on every issue, by issue id. */
export interface ActorPositions {
  actor: ActorRecord;
  positions: PositionRecord[];
}

export function toActorPositions(row: z.output<ReturnType<typeof actorWithPositionsRowSchema>>, fields: ClaimFields): ActorPositions {
  return { actor: row.actor, positions: row.positions.map((position) => toPosition({ ...position, actor: row.actor }, fields)) };
}
