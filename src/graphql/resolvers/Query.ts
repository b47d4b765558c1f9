import type { GraphQLResolveInfo } from 'graphql';
import type { ActorType, Stance } from '../../ingest/model.js';
import { NO_CLAIM_FIELDS } from '../../store/claim-fields.js';
import { getActor, getIssuesByIds, listActors, listIssues, listPositions } from '../../store/read.js';
import { readAlignment, readStanceMatrix, readTimeline, type AlignmentRecord, type MatrixRow, type TimelinePointRecord } from '../../store/read-analytics.js';
import { countActors, countClaims, countPositions, pageActors, pageClaims, pagePositions, type ReadFilter } from '../../store/read-pages.js';
import type { ActorRecord, ClaimRecord, IssueRecord, PositionRecord } from '../../store/records.js';
import { searchText, type SearchResult } from '../../store/search.js';
import {
  ActorArgsSchema,
  AlignmentArgsSchema,
  ConnectionArgsSchema,
  IssueArgsSchema,
  IssuePositionsArgsSchema,
  parseArgs,
  PositionsArgsSchema,
  SearchArgsSchema,
  StanceMatrixArgsSchema,
  TimelineArgsSchema,
  type FilterArgs,
} from '../args.js';
import type { GraphQLContext } from '../context.js';
import { toConnection, type Connection } from '../pagination.js';
import { positionClaimFields, subfieldsNamed } from '../selection.js';

function prime(ctx: GraphQLContext, positions: PositionRecord[]): PositionRecord[] {
  for (const position of positions) {
    ctx.loaders.actor.prime(position.actor.id, position.actor);
    ctx.loaders.issue.prime(position.issue.id, position.issue);
  }
  return positions;
}

/** Reads the positions with only the claim properties the query asks for (none when it asks for no claims). */
async function positions(ctx: GraphQLContext, info: GraphQLResolveInfo, issueId: string, stance: Stance | undefined): Promise<PositionRecord[]> {
  const claimFields = positionClaimFields(info.fieldNodes, info.fragments);
  return prime(ctx, await listPositions(ctx.store, { issueId, stance, withClaims: claimFields !== null, claimFields: claimFields ?? undefined }));
}

/** The positions a connection's selection asks for: its `nodes` and its `edges { node }`. */
function connectionNodes(info: GraphQLResolveInfo) {
  const { fieldNodes, fragments } = info;
  return [...subfieldsNamed(fieldNodes, fragments, 'nodes'), ...subfieldsNamed(subfieldsNamed(fieldNodes, fragments, 'edges'), fragments, 'node')];
}

function toReadFilter(filter: FilterArgs | null | undefined): ReadFilter {
  if (filter === null || filter === undefined) return {};
  return {
    issueId: filter.issue ?? undefined,
    stance: filter.stance ?? undefined,
    actorId: filter.actor ?? undefined,
    actorTypes: filter.actorTypes ?? undefined,
    outlet: filter.outlet ?? undefined,
    from: filter.from ?? undefined,
    to: filter.to ?? undefined,
    minConfidence: filter.minConfidence ?? undefined,
    reviewedOnly: filter.reviewedOnly ?? undefined,
  };
}

export const Query = {
  issues: (_: unknown, __: unknown, ctx: GraphQLContext): Promise<IssueRecord[]> => listIssues(ctx.store),

  issue: (_: unknown, args: unknown, ctx: GraphQLContext): Promise<IssueRecord | null> => {
    const { id } = parseArgs(IssueArgsSchema, args);
    return ctx.loaders.issue.load(id);
  },

  actors: (_: unknown, __: unknown, ctx: GraphQLContext): Promise<ActorRecord[]> => listActors(ctx.store),

  actor: async (_: unknown, args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<ActorRecord | null> => {
    const { id } = parseArgs(ActorArgsSchema, args);
    // Asked for with its positions: one query reads both, and Actor.positions finds them loaded
    // (it asks the loader for the same claim fields).
    const positionFields = subfieldsNamed(info.fieldNodes, info.fragments, 'positions');
    if (positionFields.length > 0) return (await ctx.loaders.actorPositions(positionClaimFields(positionFields, info.fragments)).load(id))?.actor ?? null;
    return getActor(ctx.store, id);
  },

  positions: (_: unknown, args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<PositionRecord[]> => {
    const { issue, stance } = parseArgs(PositionsArgsSchema, args);
    return positions(ctx, info, issue, stance ?? undefined);
  },

  whoSupports: (_: unknown, args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<PositionRecord[]> => {
    const { issue } = parseArgs(IssuePositionsArgsSchema, args);
    return positions(ctx, info, issue, 'supports');
  },

  whoOpposes: (_: unknown, args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<PositionRecord[]> => {
    const { issue } = parseArgs(IssuePositionsArgsSchema, args);
    return positions(ctx, info, issue, 'opposes');
  },

  positionsConnection: (_: unknown, args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<Connection<PositionRecord>> => {
    const { filter, ...page } = parseArgs(ConnectionArgsSchema, args);
    const where = toReadFilter(filter);
    const claimFields = positionClaimFields(connectionNodes(info), info.fragments) ?? NO_CLAIM_FIELDS;
    return toConnection(
      'position',
      page,
      async (window) => prime(ctx, await pagePositions(ctx.store, where, window, claimFields)),
      () => countPositions(ctx.store, where),
    );
  },

  claimsConnection: (_: unknown, args: unknown, ctx: GraphQLContext): Promise<Connection<ClaimRecord>> => {
    const { filter, ...page } = parseArgs(ConnectionArgsSchema, args);
    const where = toReadFilter(filter);
    return toConnection(
      'claim',
      page,
      async (window) => {
        const claims = await pageClaims(ctx.store, where, window);
        for (const claim of claims) ctx.loaders.claim.prime(claim.id, claim);
        return claims;
      },
      () => countClaims(ctx.store, where),
    );
  },

  actorsConnection: (_: unknown, args: unknown, ctx: GraphQLContext): Promise<Connection<ActorRecord>> => {
    const { filter, ...page } = parseArgs(ConnectionArgsSchema, args);
    const where = toReadFilter(filter);
    return toConnection(
      'actor',
      page,
      async (window) => {
        const actors = await pageActors(ctx.store, where, window);
        for (const actor of actors) ctx.loaders.actor.prime(actor.id, actor);
        return actors;
      },
      () => countActors(ctx.store, where),
    );
  },

  stanceMatrix: async (_: unknown, args: unknown, ctx: GraphQLContext): Promise<{ issues: IssueRecord[]; rows: MatrixRow[] }> => {
    const { issues: issueIds, actorTypes } = parseArgs(StanceMatrixArgsSchema, args);
    let issues: IssueRecord[];
    if (issueIds === null || issueIds === undefined) issues = await listIssues(ctx.store);
    else {
      const found = new Map((await getIssuesByIds(ctx.store, issueIds)).map((issue) => [issue.id, issue]));
      issues = [...new Set(issueIds)].flatMap((id) => found.get(id) ?? []);
    }
    for (const issue of issues) ctx.loaders.issue.prime(issue.id, issue);
    if (issues.length === 0) return { issues, rows: [] };
    const types: ActorType[] | undefined = actorTypes === null || actorTypes === undefined || actorTypes.length === 0 ? undefined : actorTypes;
    const rows = await readStanceMatrix(
      ctx.store,
      issues.map((issue) => issue.id),
      types,
    );
    for (const row of rows) ctx.loaders.actor.prime(row.actor.id, row.actor);
    return { issues, rows };
  },

  alignment: async (_: unknown, args: unknown, ctx: GraphQLContext): Promise<AlignmentRecord> => {
    const { issue, maxNodes } = parseArgs(AlignmentArgsSchema, args);
    const graph = await readAlignment(ctx.store, issue ?? undefined, maxNodes ?? 200);
    for (const node of graph.nodes) ctx.loaders.actor.prime(node.actor.id, node.actor);
    return graph;
  },

  timeline: (_: unknown, args: unknown, ctx: GraphQLContext): Promise<TimelinePointRecord[]> => {
    const { issue, actor, interval } = parseArgs(TimelineArgsSchema, args);
    return readTimeline(ctx.store, issue, actor ?? undefined, interval ?? 'month');
  },

  search: (_: unknown, args: unknown, ctx: GraphQLContext): Promise<SearchResult> => {
    const { text, first } = parseArgs(SearchArgsSchema, args);
    return searchText(ctx.store, text, { limit: first ?? 20 });
  },
};
