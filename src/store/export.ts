import { z } from 'zod';
import { ActorTypeSchema, StanceSchema } from '../ingest/model.js';
import type { Store } from './driver.js';
import { ArticleRecordSchema, IssueRecordSchema, PositionEdgeRecordSchema } from './records.js';
import { readTx, runQuery } from './run.js';

const nullableString = z.string().nullable();
const stringList = z.array(z.string()).nullable().transform((list) => list ?? []);

export const ExportActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameAr: nullableString,
  nameEn: nullableString,
  aliases: stringList,
  type: ActorTypeSchema,
  partOf: z.array(z.string()),
  reviewedBy: nullableString,
  reviewedAt: nullableString,
});

export const ExportMergeSchema = z.object({
  id: z.string(),
  name: nullableString,
  intoId: z.string(),
  reviewedBy: nullableString,
  reviewedAt: nullableString,
});

export const ExportArticleSchema = ArticleRecordSchema.extend({ text: z.string() });

export const ExportClaimSchema = z.object({
  id: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  actorNameAr: nullableString,
  issueId: z.string(),
  stance: StanceSchema,
  qualifiers: stringList,
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  confidence: z.number(),
  method: z.string(),
  articleId: z.string(),
  rejected: z.boolean(),
  reviewedBy: nullableString,
  reviewedAt: nullableString,
  occurrences: z.array(
    z.object({
      start: z.number().int(),
      end: z.number().int(),
      articleId: z.string(),
      file: nullableString,
      title: nullableString,
      outlet: nullableString,
      publishedAt: nullableString,
      url: nullableString,
    }),
  ),
});

export interface GraphExport {
  issues: z.infer<typeof IssueRecordSchema>[];
  actors: z.infer<typeof ExportActorSchema>[];
  /** Actors merged away by reviewers, with the actor each now is. */
  merges: z.infer<typeof ExportMergeSchema>[];
  articles: z.infer<typeof ExportArticleSchema>[];
  claims: z.infer<typeof ExportClaimSchema>[];
  positions: z.infer<typeof PositionEdgeRecordSchema>[];
}

/** The whole graph as plain records, read in one transaction so the parts agree. */
export async function readGraphExport(store: Store): Promise<GraphExport> {
  return readTx(store, async (tx) => ({
    issues: await runQuery(tx, 'read/issues', {}, IssueRecordSchema),
    actors: await runQuery(tx, 'read/export-actors', {}, ExportActorSchema),
    merges: await runQuery(tx, 'read/export-merges', {}, ExportMergeSchema),
    articles: await runQuery(tx, 'read/export-articles', {}, ExportArticleSchema),
    claims: await runQuery(tx, 'read/export-claims', {}, ExportClaimSchema),
    positions: await runQuery(tx, 'read/position-edges', {}, PositionEdgeRecordSchema),
  }));
}
