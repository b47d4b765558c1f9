import { AuthError, StancegraphError } from '../../errors.js';
import { toGraphBatch } from '../../ingest/claims.js';
import { parseArticle } from '../../ingest/load.js';
import { extractClaims } from '../../ingest/pipeline.js';
import type { ActorRecord, ArticleRecord, ClaimRecord } from '../../store/records.js';
import { addActorAlias, mergeActors } from '../../store/review.js';
import { reviewClaim, saveBatch } from '../../store/write.js';
import { AddAliasArgsSchema, IngestArticleArgsSchema, MergeActorsArgsSchema, parseArgs, ReviewClaimArgsSchema } from '../args.js';
import type { GraphQLContext } from '../context.js';

/** Every write checks the caller first, before it reads its arguments or touches the graph. */
function requireWriter(ctx: GraphQLContext): void {
  if (!ctx.caller.keyConfigured) throw new AuthError('Writes are disabled on this server: set STANCEGRAPH_API_KEY to enable them');
  if (!ctx.caller.authenticated) throw new AuthError('Missing or wrong API key: send Authorization: Bearer <key> or x-api-key: <key>');
}

function missing(what: string): never {
  throw new StancegraphError('INTERNAL', what);
}

async function loadClaims(ctx: GraphQLContext, ids: string[]): Promise<ClaimRecord[]> {
  const claims = await ctx.loaders.claim.loadMany(ids);
  return claims.map((claim, index) => (claim instanceof Error ? missing(`claim ${ids[index]}: ${claim.message}`) : (claim ?? missing(`claim ${ids[index]} was not stored`))));
}

export interface IngestArticlePayload {
  article: ArticleRecord;
  claims: ClaimRecord[];
  actors: ActorRecord[];
}

export const Mutation = {
  ingestArticle: async (_: unknown, args: unknown, ctx: GraphQLContext): Promise<IngestArticlePayload> => {
    requireWriter(ctx);
    const { input } = parseArgs(IngestArticleArgsSchema, args);
    const { lexicon, extractor } = await ctx.ingestTools();
    // parseArticle refuses text it cannot read (no language, empty) with an InputError → BAD_USER_INPUT.
    const article = parseArticle(input.text, lexicon, {
      file: null,
      outlet: input.outlet ?? null,
      publishedAt: input.publishedAt ?? null,
      url: input.url ?? null,
    });
    const batch = toGraphBatch([extractClaims(article, extractor)], extractor.issues, extractor.gazetteer);
    // One transaction: article, actors, claims and positions are all written, or none.
    await saveBatch(ctx.store, batch);
    const stored = batch.articles[0] ?? missing('ingestArticle: the batch has no article');
    const { text: _text, ...articleRecord } = stored;
    const claims = await loadClaims(
      ctx,
      batch.claims.map((claim) => claim.id),
    );
    const actorIds = [...new Set(claims.map((claim) => claim.actorId))];
    const actors = (await ctx.loaders.actor.loadMany(actorIds)).filter((actor): actor is ActorRecord => actor !== null && !(actor instanceof Error));
    return { article: articleRecord, claims, actors };
  },

  reviewClaim: async (_: unknown, args: unknown, ctx: GraphQLContext): Promise<ClaimRecord> => {
    requireWriter(ctx);
    const { input } = parseArgs(ReviewClaimArgsSchema, args);
    await reviewClaim(ctx.store, {
      claimId: input.claimId,
      reviewedBy: input.reviewedBy,
      stance: input.stance ?? undefined,
      rejected: input.rejected ?? false,
    });
    const [claim] = await loadClaims(ctx, [input.claimId]);
    return claim ?? missing(`claim ${input.claimId} vanished after review`);
  },

  mergeActors: async (_: unknown, args: unknown, ctx: GraphQLContext): Promise<{ actor: ActorRecord; moved: number }> => {
    requireWriter(ctx);
    const { input } = parseArgs(MergeActorsArgsSchema, args);
    const result = await mergeActors(ctx.store, { fromId: input.from, intoId: input.into, reviewedBy: input.reviewedBy });
    ctx.loaders.actor.clear(result.intoId);
    const actor = (await ctx.loaders.actor.load(result.intoId)) ?? missing(`actor ${result.intoId} vanished after merge`);
    return { actor, moved: result.moved };
  },

  addAlias: async (_: unknown, args: unknown, ctx: GraphQLContext): Promise<ActorRecord> => {
    requireWriter(ctx);
    const { input } = parseArgs(AddAliasArgsSchema, args);
    await addActorAlias(ctx.store, { actorId: input.actor, alias: input.alias, reviewedBy: input.reviewedBy });
    ctx.loaders.actor.clear(input.actor);
    return (await ctx.loaders.actor.load(input.actor)) ?? missing(`actor ${input.actor} vanished after adding an alias`);
  },
};
