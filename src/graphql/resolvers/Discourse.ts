import type DataLoader from 'dataloader';
import type { ClaimFact, ClaimSelection } from '../../analysis/claims.js';
import { alignmentOf, type Alignment, type Coalition as CoalitionRecord } from '../../analysis/coalitions.js';
import { corroboratedPositions, type CorroboratedPosition as CorroboratedRecord } from '../../analysis/corroboration.js';
import { networkToGraphml } from '../../analysis/graphml.js';
import { actorIssueNetwork, type Aggregation as DomainAggregation, type NetworkNode, type Normalization as DomainNormalization, type TwoModeEdge } from '../../analysis/network.js';
import { outletLens, type OutletActor as OutletActorRecord, type OutletCoverage as OutletCoverageRecord } from '../../analysis/outlets.js';
import type { Interval } from '../../analysis/periods.js';
import { positionOf } from '../../analysis/position.js';
import { detectChanges, stanceSeries, type SeriesPoint, type StanceChange as StanceChangeRecord } from '../../analysis/timeline.js';
import { StancegraphError } from '../../errors.js';
import type { Stance } from '../../ingest/model.js';
import { readSelectedClaims } from '../../store/read-discourse.js';
import type { ActorRecord, ClaimRecord, IssueRecord } from '../../store/records.js';
import { parseArgs } from '../args.js';
import type { GraphQLContext } from '../context.js';
import {
  CorroboratedPositionsArgsSchema,
  DiscourseFilterArgsSchema,
  DiscourseNetworkArgsSchema,
  StanceOverTimeArgsSchema,
  type DiscourseFilterArgs,
} from '../discourse-args.js';

/** Resolvers of the discourse-network analyses: claims read once per field, computed in src/analysis. */

/** schema.graphql's default for `discourseNetwork(maxNodes:)`; coalitions over time use the same. */
const DEFAULT_MAX_NODES = 300;

/** The GraphQL enums' internal values are the analysis names, so resolvers never convert. */
export const Aggregation = { CONGRUENCE: 'congruence', CONFLICT: 'conflict', SUBTRACT: 'subtract' } as const satisfies Record<string, DomainAggregation>;
export const Normalization = { NONE: 'none', AVERAGE: 'average', JACCARD: 'jaccard', COSINE: 'cosine' } as const satisfies Record<string, DomainNormalization>;

async function loadOrFail<T>(loader: DataLoader<string, T | null>, id: string, what: string): Promise<T> {
  const found = await loader.load(id);
  if (found === null) throw new StancegraphError('INTERNAL', `${what} ${id} not found`);
  return found;
}

const actorOf = (ctx: GraphQLContext, id: string) => loadOrFail(ctx.loaders.actor, id, 'actor');
const issueOf = (ctx: GraphQLContext, id: string) => loadOrFail(ctx.loaders.issue, id, 'issue');
const claimOf = (ctx: GraphQLContext, id: string) => loadOrFail(ctx.loaders.claim, id, 'claim');

function toSelection(filter: DiscourseFilterArgs | null | undefined, minConfidence?: number): ClaimSelection {
  return {
    issues: filter?.issues ?? undefined,
    from: filter?.from ?? undefined,
    to: filter?.to ?? undefined,
    outlet: filter?.outlet ?? undefined,
    minConfidence: minConfidence ?? filter?.minConfidence ?? undefined,
  };
}

function selectedClaims(ctx: GraphQLContext, filter: DiscourseFilterArgs | null | undefined): Promise<ClaimFact[]> {
  return readSelectedClaims(ctx.store, toSelection(filter));
}

type NodeParent = NetworkNode & { coalition: number | null };
interface SeriesParent<T> {
  key: T;
  points: SeriesPoint[];
}

export const DiscourseQuery = {
  discourseNetwork: async (_: unknown, args: unknown, ctx: GraphQLContext): Promise<Alignment> => {
    const { filter, aggregation, normalization, minClaims, maxNodes } = parseArgs(DiscourseNetworkArgsSchema, args);
    const facts = await selectedClaims(ctx, filter);
    return alignmentOf(facts, { aggregation: aggregation ?? 'congruence', normalization: normalization ?? 'none', minClaims: minClaims ?? 1, maxNodes: maxNodes ?? DEFAULT_MAX_NODES });
  },

  actorIssueNetwork: async (_: unknown, args: unknown, ctx: GraphQLContext): Promise<TwoModeEdge[]> => {
    const { filter } = parseArgs(DiscourseFilterArgsSchema, args);
    return actorIssueNetwork(await selectedClaims(ctx, filter));
  },

  stanceOverTime: async (_: unknown, args: unknown, ctx: GraphQLContext) => {
    const { filter, interval } = parseArgs(StanceOverTimeArgsSchema, args);
    const facts = await selectedClaims(ctx, filter);
    const period: Interval = interval ?? 'month';
    const { coalitions } = alignmentOf(facts, { maxNodes: DEFAULT_MAX_NODES });
    const byActor = stanceSeries(facts, period, (f) => f.actorId);
    const byCoalition = stanceSeries(facts, period, (f) => {
      const id = coalitions.coalitionOf.get(f.actorId);
      return id === undefined ? null : String(id);
    });
    return {
      actors: [...byActor.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, points]): SeriesParent<string> => ({ key, points })),
      coalitions: coalitions.coalitions.flatMap((coalition): SeriesParent<CoalitionRecord>[] => {
        const points = byCoalition.get(String(coalition.id));
        return points === undefined ? [] : [{ key: coalition, points }];
      }),
    };
  },

  stanceChanges: async (_: unknown, args: unknown, ctx: GraphQLContext): Promise<StanceChangeRecord[]> => {
    const { filter } = parseArgs(DiscourseFilterArgsSchema, args);
    return detectChanges(await selectedClaims(ctx, filter));
  },

  outletLens: async (_: unknown, args: unknown, ctx: GraphQLContext): Promise<OutletCoverageRecord[]> => {
    const { filter } = parseArgs(DiscourseFilterArgsSchema, args);
    return outletLens(await selectedClaims(ctx, filter));
  },

  corroboratedPositions: async (_: unknown, args: unknown, ctx: GraphQLContext): Promise<CorroboratedRecord[]> => {
    const { filter, minConfidence, minOutlets } = parseArgs(CorroboratedPositionsArgsSchema, args);
    const facts = await selectedClaims(ctx, filter);
    return corroboratedPositions(facts, { minConfidence: minConfidence ?? 0, minOutlets: minOutlets ?? 1 });
  },
};

export const DiscourseNetwork = {
  aggregation: (parent: Alignment) => parent.network.aggregation,
  normalization: (parent: Alignment) => parent.network.normalization,
  nodes: (parent: Alignment): NodeParent[] => parent.network.nodes.map((node) => ({ ...node, coalition: parent.coalitions.coalitionOf.get(node.actorId) ?? null })),
  edges: (parent: Alignment) => parent.network.edges,
  coalitions: (parent: Alignment) => parent.coalitions.coalitions,
  modularity: (parent: Alignment) => parent.coalitions.modularity,
  graphml: async (parent: Alignment, _: unknown, ctx: GraphQLContext): Promise<string> => {
    const actors = await Promise.all(parent.network.nodes.map((n) => actorOf(ctx, n.actorId)));
    return networkToGraphml(parent.network, { names: new Map(actors.map((a) => [a.id, a.name])), coalitionOf: parent.coalitions.coalitionOf });
  },
};

export const DiscourseNode = {
  id: (node: NodeParent) => node.actorId,
  actor: (node: NodeParent, _: unknown, ctx: GraphQLContext) => actorOf(ctx, node.actorId),
};

export const Coalition = {
  name: async (coalition: CoalitionRecord, _: unknown, ctx: GraphQLContext): Promise<string> =>
    (await Promise.all(coalition.leaders.map((id) => actorOf(ctx, id)))).map((a) => a.name).join(' – '),
  leaders: (coalition: CoalitionRecord, _: unknown, ctx: GraphQLContext): Promise<ActorRecord[]> => Promise.all(coalition.leaders.map((id) => actorOf(ctx, id))),
  members: (coalition: CoalitionRecord, _: unknown, ctx: GraphQLContext): Promise<ActorRecord[]> => Promise.all(coalition.members.map((id) => actorOf(ctx, id))),
};

export const ActorIssueEdge = {
  actor: (edge: TwoModeEdge, _: unknown, ctx: GraphQLContext) => actorOf(ctx, edge.actorId),
  issue: (edge: TwoModeEdge, _: unknown, ctx: GraphQLContext) => issueOf(ctx, edge.issueId),
  counts: (edge: TwoModeEdge) => edge,
  stance: (edge: TwoModeEdge): Stance => positionOf(edge),
};

export const OutletCoverage = {
  counts: (coverage: OutletCoverageRecord) => coverage,
};

export const ActorStanceSeries = {
  actor: (series: SeriesParent<string>, _: unknown, ctx: GraphQLContext) => actorOf(ctx, series.key),
};

export const CoalitionStanceSeries = {
  coalition: (series: SeriesParent<CoalitionRecord>) => series.key,
};

export const StanceChange = {
  actor: (change: StanceChangeRecord, _: unknown, ctx: GraphQLContext) => actorOf(ctx, change.actorId),
  issue: (change: StanceChangeRecord, _: unknown, ctx: GraphQLContext): Promise<IssueRecord> => issueOf(ctx, change.issueId),
  before: (change: StanceChangeRecord, _: unknown, ctx: GraphQLContext): Promise<ClaimRecord> => claimOf(ctx, change.before.id),
  after: (change: StanceChangeRecord, _: unknown, ctx: GraphQLContext): Promise<ClaimRecord> => claimOf(ctx, change.after.id),
};

export const OutletActor = {
  actor: (entry: OutletActorRecord, _: unknown, ctx: GraphQLContext) => actorOf(ctx, entry.actorId),
};

export const CorroboratedPosition = {
  actor: (position: CorroboratedRecord, _: unknown, ctx: GraphQLContext) => actorOf(ctx, position.actorId),
  issue: (position: CorroboratedRecord, _: unknown, ctx: GraphQLContext) => issueOf(ctx, position.issueId),
  outletCount: (position: CorroboratedRecord) => position.outlets.length,
  claims: (position: CorroboratedRecord, _: unknown, ctx: GraphQLContext): Promise<ClaimRecord[]> => Promise.all(position.claims.map((c) => claimOf(ctx, c.id))),
};

/** Every type of the discourse section, for schema.ts. */
export const discourseResolvers = {
  Aggregation,
  Normalization,
  DiscourseNetwork,
  DiscourseNode,
  Coalition,
  ActorIssueEdge,
  ActorStanceSeries,
  CoalitionStanceSeries,
  StanceChange,
  OutletCoverage,
  OutletActor,
  CorroboratedPosition,
};
