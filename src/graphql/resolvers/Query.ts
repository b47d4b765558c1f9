import { getActor, listActors, listIssues, listPositions } from '../../store/read.js';
import type { ActorRecord, IssueRecord, PositionRecord } from '../../store/records.js';
import type { Stance } from '../../ingest/model.js';
import { ActorArgsSchema, IssueArgsSchema, IssuePositionsArgsSchema, parseArgs, PositionsArgsSchema } from '../args.js';
import type { GraphQLContext } from '../context.js';

async function positions(ctx: GraphQLContext, issueId: string, stance: Stance | undefined): Promise<PositionRecord[]> {
  const found = await listPositions(ctx.store, { issueId, stance });
  for (const position of found) {
    ctx.loaders.actor.prime(position.actor.id, position.actor);
    ctx.loaders.issue.prime(position.issue.id, position.issue);
  }
  return found;
}

export const Query = {
  issues: (_: unknown, __: unknown, ctx: GraphQLContext): Promise<IssueRecord[]> => listIssues(ctx.store),

  issue: (_: unknown, args: unknown, ctx: GraphQLContext): Promise<IssueRecord | null> => {
    const { id } = parseArgs(IssueArgsSchema, args);
    return ctx.loaders.issue.load(id);
  },

  actors: (_: unknown, __: unknown, ctx: GraphQLContext): Promise<ActorRecord[]> => listActors(ctx.store),

  actor: (_: unknown, args: unknown, ctx: GraphQLContext): Promise<ActorRecord | null> => {
    const { id } = parseArgs(ActorArgsSchema, args);
    return getActor(ctx.store, id);
  },

  positions: (_: unknown, args: unknown, ctx: GraphQLContext): Promise<PositionRecord[]> => {
    const { issue, stance } = parseArgs(PositionsArgsSchema, args);
    return positions(ctx, issue, stance ?? undefined);
  },

  whoSupports: (_: unknown, args: unknown, ctx: GraphQLContext): Promise<PositionRecord[]> => {
    const { issue } = parseArgs(IssuePositionsArgsSchema, args);
    return positions(ctx, issue, 'supports');
  },

  whoOpposes: (_: unknown, args: unknown, ctx: GraphQLContext): Promise<PositionRecord[]> => {
    const { issue } = parseArgs(IssuePositionsArgsSchema, args);
    return positions(ctx, issue, 'opposes');
  },
};
