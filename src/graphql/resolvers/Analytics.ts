import { StancegraphError } from '../../errors.js';
import type { AlignmentNodeRecord, MatrixCell } from '../../store/read-analytics.js';
import type { ActorRecord, ClaimRecord, IssueRecord } from '../../store/records.js';
import type { SearchHit } from '../../store/search.js';
import type { GraphQLContext } from '../context.js';

function missing(what: string): never {
  throw new StancegraphError('INTERNAL', what);
}

export const StanceCell = {
  issue: async (cell: MatrixCell, _: unknown, ctx: GraphQLContext): Promise<IssueRecord> =>
    (await ctx.loaders.issue.load(cell.issueId)) ?? missing(`issue ${cell.issueId} not found`),
};

export const AlignmentNode = {
  id: (node: AlignmentNodeRecord): string => node.actor.id,
  group: (node: AlignmentNodeRecord): string => node.actor.type,
};

export const ActorHit = {
  actor: async (hit: SearchHit, _: unknown, ctx: GraphQLContext): Promise<ActorRecord> =>
    (await ctx.loaders.actor.load(hit.id)) ?? missing(`search hit: actor ${hit.id} not found`),
};

export const ClaimHit = {
  claim: async (hit: SearchHit, _: unknown, ctx: GraphQLContext): Promise<ClaimRecord> =>
    (await ctx.loaders.claim.load(hit.id)) ?? missing(`search hit: claim ${hit.id} not found`),
};
