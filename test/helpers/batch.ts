import type { ActorRef, GraphArticle, GraphBatch, GraphClaim, GraphIssue, Stance } from '../../src/ingest/model.js';

/**
 * Small hand-built GraphBatches. Quotes are real slices of the article texts, so the offsets in
 * the graph can be checked against `text.slice(start, end)`.
 */

export const withdrawal: GraphIssue = { id: 'withdrawal', name: 'Withdrawal of US/coalition forces from Iraq', nameAr: 'انسحاب القوات الأمريكية' };

export function actor(id: string, overrides: Partial<ActorRef> = {}): ActorRef {
  return { id, name: id, nameAr: null, nameEn: null, aliases: [], type: 'official', partOf: [], ...overrides };
}

export function article(id: string, text: string, overrides: Partial<GraphArticle> = {}): GraphArticle {
  return {
    id,
    sha256: `sha-${id}`,
    file: `corpus/${id}.txt`,
    url: null,
    title: null,
    outlet: null,
    publishedAt: null,
    language: 'ar',
    text,
    ...overrides,
  };
}

/** A claim whose quote is `quote`, found in each of `articles` (the first is the claim's own). */
export function claim(
  id: string,
  who: ActorRef,
  stance: Stance,
  quote: string,
  articles: GraphArticle[],
  overrides: Partial<GraphClaim> = {},
): GraphClaim {
  const occurrences = articles.map((a) => {
    const start = a.text.indexOf(quote);
    if (start < 0) throw new Error(`test fixture: "${quote}" is not in article ${a.id}`);
    return { articleId: a.id, start, end: start + quote.length };
  });
  const own = occurrences[0];
  if (own === undefined) throw new Error(`test fixture: claim ${id} needs at least one article`);
  return {
    id,
    actorId: who.id,
    issueId: withdrawal.id,
    stance,
    qualifiers: [],
    quote,
    confidence: 0.8,
    method: 'test',
    articleId: own.articleId,
    start: own.start,
    end: own.end,
    occurrences,
    ...overrides,
  };
}

export function batch(parts: Partial<GraphBatch>): GraphBatch {
  return { issues: [withdrawal], articles: [], actors: [], claims: [], ...parts };
}

// The same wire story in two outlets: one claim, two articles.
const pmQuote = 'إن الحكومة ماضية في إنهاء مهمة التحالف الدولي';
const ministryQuote = 'إن بقاء القوات الأجنبية ضرورة في المرحلة الحالية';

export const pm = actor('iraq-pm', {
  name: 'رئيس الوزراء العراقي',
  nameAr: 'رئيس الوزراء العراقي',
  nameEn: 'Iraqi Prime Minister',
  aliases: ['السوداني', 'PM'],
  type: 'person',
  partOf: ['iraq-government'],
});
export const government = actor('iraq-government', { name: 'الحكومة العراقية', nameAr: 'الحكومة العراقية', nameEn: 'Government of Iraq', type: 'government' });
export const defence = actor('iraq-defence-ministry', { name: 'وزارة الدفاع العراقية', nameAr: 'وزارة الدفاع العراقية', type: 'ministry', partOf: ['iraq-government'] });

export const wireA = article('wire-a', `بغداد - قال رئيس الوزراء العراقي: "${pmQuote}". وأضاف أن المحادثات مستمرة.`, {
  outlet: 'وكالة الأنباء العراقية',
  publishedAt: '2024-01-10',
  title: 'رئيس الوزراء: إنهاء مهمة التحالف',
});
export const wireB = article('wire-b', `نقلت الصحيفة عن رئيس الوزراء قوله "${pmQuote}". وكانت واشنطن قد أعلنت بدء الحوار.`, {
  outlet: 'السومرية نيوز',
  publishedAt: '2024-01-11',
  title: 'السوداني يتحدث عن التحالف',
});
export const defenceArticle = article('defence-1', `وقالت وزارة الدفاع في بيان: "${ministryQuote}"، مشيرة إلى التهديدات.`, {
  outlet: 'السومرية نيوز',
  publishedAt: '2024-02-01',
});

export const pmSupports = claim('claim-pm-1', pm, 'supports', pmQuote, [wireA, wireB], { confidence: 0.9, qualifiers: ['gradual'] });
export const defenceOpposes = claim('claim-defence-1', defence, 'opposes', ministryQuote, [defenceArticle]);

/** PM supports (one claim in two outlets), the ministry opposes; the government has no claim. */
export function sampleBatch(): GraphBatch {
  return batch({
    articles: [wireA, wireB, defenceArticle],
    actors: [pm, government, defence],
    claims: [pmSupports, defenceOpposes],
  });
}
