import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { StanceSchema } from '../ingest/model.js';

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
