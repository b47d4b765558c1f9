import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { MAX_ARTICLE_BYTES } from '../ingest/load.js';
import { ActorTypeSchema, StanceSchema } from '../ingest/model.js';

/** Issue ids are short lower-case slugs, e.g. `withdrawal`. */
export const IssueIdSchema = z
  .string()
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be an issue id: lower-case letters, digits, "-" or "_", e.g. "withdrawal"');

/** Actor ids come from the gazetteer; anything printable of a sane length is looked up. */
export const ActorIdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[^\p{Cc}]+$/u, 'must not contain control characters');

export const IssueArgsSchema = z.object({ id: IssueIdSchema });
export const ActorArgsSchema = z.object({ id: ActorIdSchema });
export const IssuePositionsArgsSchema = z.object({ issue: IssueIdSchema });
export const PositionsArgsSchema = z.object({
  issue: IssueIdSchema,
  /** The Stance enum's internal values are the ingest stances (see resolvers/Stance.ts). */
  stance: StanceSchema.nullish(),
});

/** A calendar date as dashboards send it. */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
  .refine((date) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), 'is not a real date');

/** Page size: at most 100 per page. */
const FirstSchema = z.number().int('must be a whole number').min(0, 'must not be negative').max(100, 'must be at most 100');

export const FilterSchema = z
  .object({
    issue: IssueIdSchema.nullish(),
    stance: StanceSchema.nullish(),
    actor: ActorIdSchema.nullish(),
    actorTypes: z.array(ActorTypeSchema).min(1, 'must name at least one type (omit it for all)').max(20).nullish(),
    outlet: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters').nullish(),
    from: DateSchema.nullish(),
    to: DateSchema.nullish(),
    minConfidence: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').nullish(),
    reviewedOnly: z.boolean().nullish(),
  })
  .refine((filter) => filter.from == null || filter.to == null || filter.from <= filter.to, { message: 'must not be before `from`', path: ['to'] });
export type FilterArgs = z.output<typeof FilterSchema>;

export const ConnectionArgsSchema = z.object({
  filter: FilterSchema.nullish(),
  first: FirstSchema.nullish(),
  after: z.string().max(200).nullish(),
});

export const StanceMatrixArgsSchema = z.object({
  issues: z.array(IssueIdSchema).max(50, 'at most 50 issues').nullish(),
  actorTypes: z.array(ActorTypeSchema).max(20).nullish(),
});

export const AlignmentArgsSchema = z.object({
  issue: IssueIdSchema.nullish(),
  maxNodes: z.number().int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').nullish(),
});

export const TimelineArgsSchema = z.object({
  issue: IssueIdSchema,
  actor: ActorIdSchema.nullish(),
  interval: z.enum(['day', 'week', 'month', 'quarter', 'year']).nullish(),
});

export const SearchArgsSchema = z.object({
  text: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  first: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').nullish(),
});

const ReviewerSchema = z.string().trim().min(1, 'must name the reviewer').max(100, 'must be at most 100 characters');

/** YYYY-MM-DD or an ISO 8601 date-time with a zone, e.g. 2024-01-10T08:30:00Z. */
const PublishedAtSchema = z.union([DateSchema, z.iso.datetime({ offset: true, message: 'must be YYYY-MM-DD or an ISO 8601 date-time' })], {
  error: 'must be YYYY-MM-DD or an ISO 8601 date-time',
});

export const IngestArticleArgsSchema = z.object({
  input: z.object({
    text: z
      .string()
      .refine((text) => Buffer.byteLength(text, 'utf8') <= MAX_ARTICLE_BYTES, `must be at most ${MAX_ARTICLE_BYTES / 1024} KB (UTF-8), the limit for one article`)
      .refine((text) => text.trim() !== '', 'must not be empty'),
    outlet: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').nullish(),
    publishedAt: PublishedAtSchema.nullish(),
    url: z.url({ protocol: /^https?$/, message: 'must be an http or https URL' }).max(2000).nullish(),
  }),
});

export const ReviewClaimArgsSchema = z.object({
  input: z
    .object({
      claimId: ActorIdSchema,
      stance: StanceSchema.nullish(),
      rejected: z.boolean().nullish(),
      reviewedBy: ReviewerSchema,
    })
    .refine((input) => input.stance != null || input.rejected === true, { message: 'give a stance, or rejected: true', path: ['stance'] }),
});

export const MergeActorsArgsSchema = z.object({
  input: z
    .object({ from: ActorIdSchema, into: ActorIdSchema, reviewedBy: ReviewerSchema })
    .refine((input) => input.from !== input.into, { message: 'cannot merge an actor into itself', path: ['into'] }),
});

export const AddAliasArgsSchema = z.object({
  input: z.object({
    actor: ActorIdSchema,
    alias: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').regex(/^[^\p{Cc}]+$/u, 'must not contain control characters'),
    reviewedBy: ReviewerSchema,
  }),
});

/**
 * Validates resolver arguments; every problem is reported at once in a GraphQLError with
 * `extensions.code` BAD_USER_INPUT, which masking lets through.
 */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.output<S> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'arguments'}: ${issue.message}`);
  throw new GraphQLError(`Invalid argument${problems.length > 1 ? 's' : ''}: ${problems.join('; ')}`, {
    extensions: { code: 'BAD_USER_INPUT', problems },
  });
}
