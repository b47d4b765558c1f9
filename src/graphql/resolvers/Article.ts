import { StancegraphError } from '../../errors.js';
import type { ArticleView } from '../../store/claim-fields.js';
import type { GraphQLContext } from '../context.js';

export const Article = {
  /** Loaded only when asked for, batched across the request. */
  text: async (article: ArticleView, _: unknown, ctx: GraphQLContext): Promise<string> => {
    const text = await ctx.loaders.articleText.load(article.id);
    if (text === null) throw new StancegraphError('INTERNAL', `article ${article.id} has no text`);
    return text;
  },
};
