import { z } from 'zod';
import { AGGREGATIONS, NORMALIZATIONS } from '../analysis/network.js';
import { DateSchema, IssueIdSchema } from './args.js';

/** Arguments of the discourse-analysis queries (schema.graphql, "Discourse-network analysis"). */

const ConfidenceSchema = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

export const DiscourseFilterSchema = z
  .object({
    issues: z.array(IssueIdSchema).min(1, 'must name at least one issue (omit it for all)').max(50, 'at most 50 issues').nullish(),
    from: DateSchema.nullish(),
    to: DateSchema.nullish(),
    outlet: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters').nullish(),
    minConfidence: ConfidenceSchema.nullish(),
  })
  .refine((filter) => filter.from == null || filter.to == null || filter.from <= filter.to, { message: 'must not be before `from`', path: ['to'] });
export type DiscourseFilterArgs = z.output<typeof DiscourseFilterSchema>;

const filter = DiscourseFilterSchema.nullish();

export const DiscourseNetworkArgsSchema = z.object({
  filter,
  /** The enums' internal values are the analysis names (see resolvers/Discourse.ts). */
  aggregation: z.enum(AGGREGATIONS).nullish(),
  normalization: z.enum(NORMALIZATIONS).nullish(),
  minClaims: z.number().int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000').nullish(),
  maxNodes: z.number().int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000').nullish(),
});

export const DiscourseFilterArgsSchema = z.object({ filter });

export const StanceOverTimeArgsSchema = z.object({
  filter,
  interval: z.enum(['day', 'week', 'month', 'quarter', 'year']).nullish(),
});

export const CorroboratedPositionsArgsSchema = z.object({
  filter,
  minConfidence: ConfidenceSchema.nullish(),
  minOutlets: z.number().int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000').nullish(),
});
