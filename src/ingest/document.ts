import type { Hit, TagKind } from './lexicon-matcher.js';
import type { ActorRef, Article } from './model.js';
import { toOriginalSpan, type MatchView } from './normalize.js';
import type { Quotation, Sentence } from './segment.js';
import type { Token } from './tokens.js';

/** An actor named in the text, as a range of tokens. */
export interface Mention {
  actorId: string;
  first: number;
  last: number;
  via: 'gazetteer' | 'title' | 'group' | 'surname' | 'anaphora';
  /** The words that named the actor, folded; their head resolves later anaphora (المكتب, the ministry). */
  phrase: string;
}

/** One document model that every stage reads; offsets are view offsets mapped back through view. */
export interface AnalyzedText {
  article: Article;
  view: MatchView;
  tokens: Token[];
  tokenAt: Int32Array;
  hits: Hit[];
  /** Token index → kinds of the lexicon hits covering it. */
  kindsAt: ReadonlyArray<ReadonlySet<TagKind>>;
  sentences: Sentence[];
  quotations: Quotation[];
}

export interface ActorsFound {
  mentions: Mention[];
  actors: Map<string, ActorRef>;
}

/** Tokens first..last as the article writes them, without diacritics or tatweel. */
export function originalWords(text: AnalyzedText, first: number, last: number): string {
  const span = toOriginalSpan(text.view, text.tokens[first]!.start, text.tokens[last]!.end);
  return text.article.text.slice(span.start, span.end).replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/\s+/g, ' ').trim();
}
