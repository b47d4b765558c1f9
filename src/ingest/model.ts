import { z } from 'zod';

/** Half-open range [start, end) of JavaScript string offsets into an article's original text. */
export interface Span {
  start: number;
  end: number;
}

export const STANCES = ['supports', 'opposes', 'mixed', 'neutral'] as const;
export const StanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof StanceSchema>;

export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const ActorTypeSchema = z.enum([
  'government',
  'ministry',
  'military',
  'person',
  'official',
  'faction',
  'party',
  'analyst',
  'diplomatic-source',
  'source',
  'legislature',
  'public',
  'organization',
  'country',
]);
export type ActorType = z.infer<typeof ActorTypeSchema>;

/** An article as loaded: the original text is kept verbatim, every offset refers to it. */
export interface Article {
  /** Path as the user gave it, or null for text that did not come from a file. */
  file: string | null;
  text: string;
  sha256: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: Language;
  url: string | null;
  /** Where the body starts after header lines (outlet, date, update stamps). */
  bodyStart: number;
  /** The author's name as the byline writes it ("By Rachel Okafor", بقلم …, a name line above the date), or null. */
  author: Span | null;
}

/** The public description of an actor, as the extract JSON contract and the graph show it. */
export interface ActorRef {
  id: string;
  name: string;
  nameAr: string | null;
  nameEn: string | null;
  aliases: string[];
  type: ActorType;
  /** Ids of actors this one belongs to: a spokesman's ministry, a faction's coalition. */
  partOf: string[];
}

/** Why a claim was made, for `extract --explain` and for analysts reviewing it. */
export interface RuleTrail {
  cue: string;
  predicate: string | null;
  negated: boolean;
  conditional: boolean;
  attribution: string;
}

export interface Claim {
  actor: ActorRef;
  issue: string;
  stance: Stance;
  qualifiers: string[];
  evidence: Span & { text: string };
  confidence: number;
  trail: RuleTrail;
}

export interface ExtractionResult {
  article: Article;
  claims: Claim[];
  /** Every actor the article names, claims or not: parents of claimants are looked up here. */
  actors: ActorRef[];
}

/**
 * What one ingest hands to storage, independent of any database: articles, the actors they
 * mention, and claims with deterministic ids so that re-ingesting yields the same graph.
 */
export interface GraphArticle {
  id: string;
  sha256: string;
  file: string | null;
  url: string | null;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: Language;
  text: string;
}

export interface GraphIssue {
  id: string;
  name: string;
  nameAr: string | null;
}

export interface GraphClaim {
  /** Same actor, issue and evidence wording → same id, whichever outlet carried it. */
  id: string;
  actorId: string;
  issueId: string;
  stance: Stance;
  qualifiers: string[];
  quote: string;
  confidence: number;
  method: string;
  /** The article whose offsets start/end refer to. */
  articleId: string;
  start: number;
  end: number;
  /** Every article carrying the statement, the primary one included: the corroborating outlets. */
  occurrences: { articleId: string; start: number; end: number }[];
}

export interface GraphBatch {
  issues: GraphIssue[];
  articles: GraphArticle[];
  actors: ActorRef[];
  claims: GraphClaim[];
}
