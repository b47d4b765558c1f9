import type { ActorRecord, PositionRecord } from '../../store/records.js';
import type { GraphQLContext } from '../context.js';

export const Actor = {
  partOf: async (actor: ActorRecord, _: unknown, ctx: GraphQLContext): Promise<ActorRecord[]> => {
    const parents = await ctx.loaders.actor.loadMany(actor.partOf);
    return parents.filter((parent): parent is ActorRecord => parent !== null && !(parent instanceof Error));
  },

  positions: async (actor: ActorRecord, _: unknown, ctx: GraphQLContext): Promise<PositionRecord[]> => {
    const positions = (await ctx.loaders.actorPositions.load(actor.id))?.positions ?? [];
    for (const position of positions) {
      ctx.loaders.actor.prime(position.actor.id, position.actor);
      ctx.loaders.issue.prime(position.issue.id, position.issue);
    }
    return positions;
  },
};
