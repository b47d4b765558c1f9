import type { GraphQLResolveInfo } from 'graphql';
import type { ActorRecord, PositionRecord } from '../../store/records.js';
import type { GraphQLContext } from '../context.js';
import { positionClaimFields } from '../selection.js';

export const Actor = {
  partOf: async (actor: ActorRecord, _: unknown, ctx: GraphQLContext): Promise<ActorRecord[]> => {
    const parents = await ctx.loaders.actor.loadMany(actor.partOf);
    return parents.filter((parent): parent is ActorRecord => parent !== null && !(parent instanceof Error));
  },

  positions: async (actor: ActorRecord, _: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<PositionRecord[]> => {
    const loader = ctx.loaders.actorPositions(positionClaimFields(info.fieldNodes, info.fragments));
    const positions = (await loader.load(actor.id))?.positions ?? [];
    for (const position of positions) {
      ctx.loaders.actor.prime(position.actor.id, position.actor);
      ctx.loaders.issue.prime(position.issue.id, position.issue);
    }
    return positions;
  },
};
