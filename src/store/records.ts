import { z } from 'zod';
import { ActorTypeSchema, LANGUAGES, StanceSchema } from '../ingest/model.js';

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
export const ArticleRecordSchema = z.object({
  id: z.string(),
  sha256: z.string(),
  file: nullableString,
  url: nullableString,
  title: nullableString,
  outlet: nullableString,
  publishedAt: nullableString,
  language: z.enum(LANGUAGES),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

export const OccurrenceRecordSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  article: ArticleRecordSchema,
});
export type OccurrenceRecord = z.infer<typeof OccurrenceRecordSchema>;

export const ClaimRecordSchema = z.object({
  id: z.string(),
  actorId: z.string(),
  issueId: z.string(),
  stance: StanceSchema,
  qualifiers: z.array(z.string()).nullable().transform((qualifiers) => qualifiers ?? []),
  quote: z.string(),
  /** Offsets into the claim's own article (`articleId`). */
  start: z.number().int(),
  end: z.number().int(),
  confidence: z.number(),
  method: z.string(),
  articleId: z.string(),
  /** Every article carrying the claim, earliest first; the claim's own article is one of them. */
  occurrences: z.array(OccurrenceRecordSchema).min(1),
  /** Review facts; absent (never reviewed) reads as not rejected, no reviewer. */
  rejected: z.boolean().nullish().transform((rejected) => rejected ?? false),
  reviewedBy: z.string().nullish().transform((by) => by ?? null),
  reviewedAt: z.string().nullish().transform((at) => at ?? null),
});
export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;

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
  claims: ClaimRecord[];
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

/** A position row as the position queries return it: the typed edge still to be read as a stance. */
export const PositionRowSchema = z.object({
  actor: ActorRecordSchema,
  issue: IssueRecordSchema,
  edge: PositionEdgeSchema,
  claimCount: z.number().int(),
  first: z.string().nullable(),
  last: z.string().nullable(),
  claims: z.array(ClaimRecordSchema),
});

export function toPosition(row: z.output<typeof PositionRowSchema>): PositionRecord {
  const { edge, ...rest } = row;
  return { ...rest, stance: EDGE_STANCE[edge] };
}
