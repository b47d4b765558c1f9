import { StancegraphError } from '../../errors.js';
import type { ArticleView, ClaimView } from '../../store/claim-fields.js';
import type { ActorRecord, IssueRecord } from '../../store/records.js';
import type { GraphQLContext } from '../context.js';

function missing(what: string): never {
  throw new StancegraphError('INTERNAL', what);
}

/** Claims come as full records or as reads limited to what the query asks for (ClaimView). */
export const Claim = {
  /** The article the claim's offsets refer to. */
  article: (claim: ClaimView): ArticleView => {
    const own = claim.occurrences.find((occurrence) => occurrence.article.id === claim.articleId);
    return (own ?? claim.occurrences[0] ?? missing(`claim ${claim.id} is in no article`)).article;
  },

  articles: (claim: ClaimView): ArticleView[] => claim.occurrences.map((occurrence) => occurrence.article),

  corroboration: (claim: ClaimView): number => claim.occurrences.length,

  actor: async (claim: ClaimView, _: unknown, ctx: GraphQLContext): Promise<ActorRecord> =>
    (await ctx.loaders.actor.load(claim.actorId)) ?? missing(`claim ${claim.id}: actor ${claim.actorId} not found`),

  issue: async (claim: ClaimView, _: unknown, ctx: GraphQLContext): Promise<IssueRecord> =>
    (await ctx.loaders.issue.load(claim.issueId)) ?? missing(`claim ${claim.id}: issue ${claim.issueId} not found`),
};
