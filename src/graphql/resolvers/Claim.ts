import { StancegraphError } from '../../errors.js';
import type { ActorRecord, ArticleRecord, ClaimRecord, IssueRecord } from '../../store/records.js';
import type { GraphQLContext } from '../context.js';

function missing(what: string): never {
  throw new StancegraphError('INTERNAL', what);
}

export const Claim = {
  /** The article the claim's offsets refer to. */
  article: (claim: ClaimRecord): ArticleRecord => {
    const own = claim.occurrences.find((occurrence) => occurrence.article.id === claim.articleId);
    return (own ?? claim.occurrences[0] ?? missing(`claim ${claim.id} is in no article`)).article;
  },

  articles: (claim: ClaimRecord): ArticleRecord[] => claim.occurrences.map((occurrence) => occurrence.article),

  corroboration: (claim: ClaimRecord): number => claim.occurrences.length,

  actor: async (claim: ClaimRecord, _: unknown, ctx: GraphQLContext): Promise<ActorRecord> =>
    (await ctx.loaders.actor.load(claim.actorId)) ?? missing(`claim ${claim.id}: actor ${claim.actorId} not found`),

  issue: async (claim: ClaimRecord, _: unknown, ctx: GraphQLContext): Promise<IssueRecord> =>
    (await ctx.loaders.issue.load(claim.issueId)) ?? missing(`claim ${claim.id}: issue ${claim.issueId} not found`),
};
