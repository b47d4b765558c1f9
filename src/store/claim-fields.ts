import { z } from 'zod';
import { LANGUAGES, StanceSchema } from '../ingest/model.js';
import type { ArticleRecord, ClaimRecord } from './records.js';

/**
 * Reading only the claim properties a caller needs. A position read can carry hundreds of claims,
 * and decoding every property of each (quote, offsets, review facts, and each article's hash,
 * file, url, title…) was most of whoSupports' Node time. The property names a read may be limited
 * to are this fixed whitelist; they reach Cypher as list parameters (`$claimKeys`,
 * `$occurrenceKeys`, `$articleKeys`, read with `c[k]`), never spliced into query text.
 */

export const CLAIM_PROPERTIES = ['stance', 'qualifiers', 'quote', 'start', 'end', 'confidence', 'method', 'rejected', 'reviewedBy', 'reviewedAt'] as const;
export type ClaimProperty = (typeof CLAIM_PROPERTIES)[number];

/** Properties of the IN relationship: where the quote sits in that article. */
export const OCCURRENCE_PROPERTIES = ['start', 'end'] as const;
export type OccurrenceProperty = (typeof OCCURRENCE_PROPERTIES)[number];

/** Article metadata (the text is read apart, by id, when asked for). */
export const ARTICLE_PROPERTIES = ['sha256', 'file', 'url', 'title', 'outlet', 'publishedAt', 'language'] as const;
export type ArticleProperty = (typeof ARTICLE_PROPERTIES)[number];

/**
 * What a claim read brings besides the ids (claim, own article, actor, issue), which it always
 * brings: claim properties, and whether to read the claim's occurrences (the articles carrying
 * it, each with its id) with these span and article properties.
 */
export interface ClaimFields {
  claim: readonly ClaimProperty[];
  occurrences: boolean;
  occurrence: readonly OccurrenceProperty[];
  article: readonly ArticleProperty[];
}

/** Everything: what a read without a selection returns (a full ClaimRecord). */
export const ALL_CLAIM_FIELDS: ClaimFields = {
  claim: CLAIM_PROPERTIES,
  occurrences: true,
  occurrence: OCCURRENCE_PROPERTIES,
  article: ARTICLE_PROPERTIES,
};

/** The ids alone: claims listed, nothing else read. */
export const NO_CLAIM_FIELDS: ClaimFields = { claim: [], occurrences: false, occurrence: [], article: [] };

/** An article as a limited read gives it: the id, and the properties asked for. */
export type ArticleView = Pick<ArticleRecord, 'id'> & Partial<Omit<ArticleRecord, 'id'>>;

export interface OccurrenceView {
  start?: number;
  end?: number;
  article: ArticleView;
}

/**
 * A claim as a limited read gives it: the ids always, the properties asked for, and the
 * occurrences ([] when not asked for). A full read gives a ClaimRecord, which is a ClaimView.
 */
export type ClaimView = Pick<ClaimRecord, 'id' | 'actorId' | 'issueId' | 'articleId'> &
  Partial<Omit<ClaimRecord, 'id' | 'actorId' | 'issueId' | 'articleId' | 'occurrences'>> & { occurrences: OccurrenceView[] };

const nullableString = z.string().nullable();

// Values as Neo4j sends them. The schemas below have no transforms: zod 4 runs a transform per
// value, and with them in every claim the row checks cost ten times as much (3 ms instead of 0.3
// for whoSupports' 145 claims); toClaimView builds the objects afterwards.
const CLAIM_PROPERTY_SCHEMAS = {
  stance: StanceSchema,
  qualifiers: z.array(z.string()).nullable(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  confidence: z.number(),
  method: z.string(),
  rejected: z.boolean().nullable(),
  reviewedBy: nullableString,
  reviewedAt: nullableString,
} satisfies Record<ClaimProperty, z.ZodType>;

const OCCURRENCE_PROPERTY_SCHEMAS = { start: z.number().int(), end: z.number().int() } satisfies Record<OccurrenceProperty, z.ZodType>;

/** An article's properties besides its id, as Neo4j sends them (ArticleRecordSchema is these and the id). */
export const ARTICLE_PROPERTY_SCHEMAS = {
  sha256: z.string(),
  file: nullableString,
  url: nullableString,
  title: nullableString,
  outlet: nullableString,
  publishedAt: nullableString,
  language: z.enum(LANGUAGES),
} satisfies Record<ArticleProperty, z.ZodType>;

/** A list of values, one per name, each checked by its name's schema. */
function valuesOf<K extends string>(names: readonly K[], schemas: Record<K, z.ZodType>) {
  return z.tuple(names.map((name) => schemas[name]) as [z.ZodType, ...z.ZodType[]]);
}

function buildClaimViewRowSchema(fields: ClaimFields) {
  const occurrence = z.tuple([z.string(), valuesOf(fields.occurrence, OCCURRENCE_PROPERTY_SCHEMAS), valuesOf(fields.article, ARTICLE_PROPERTY_SCHEMAS)]);
  return z.tuple([z.string(), z.string(), valuesOf(fields.claim, CLAIM_PROPERTY_SCHEMAS), z.array(occurrence)]);
}

/**
 * A claim of a position as a limited read sends it, checked: `[id, articleId, [property…],
 * [[articleId, [span…], [article property…]]…]]`. The actor and issue are the position's.
 */
export type ClaimViewRow = z.output<ReturnType<typeof buildClaimViewRowSchema>>;

/** Names and the values checked for them (by valuesOf) as an object. */
function zip(names: readonly string[], values: readonly unknown[], into: Record<string, unknown>): void {
  for (let index = 0; index < names.length; index++) into[names[index]!] = values[index];
}

/**
 * The claim a checked row of a position (`actorId` on `issueId`) stands for, with the properties
 * of `fields` (normalized, as the row was read with). Absent review facts read as not rejected,
 * no qualifiers as [].
 */
export function toClaimView(row: ClaimViewRow, fields: ClaimFields, actorId: string, issueId: string): ClaimView {
  const [id, articleId, values, occurrences] = row;
  const claim: Record<string, unknown> = { id, articleId, actorId, issueId };
  zip(fields.claim, values, claim);
  if ('qualifiers' in claim) claim.qualifiers ??= [];
  if ('rejected' in claim) claim.rejected ??= false;
  claim.occurrences = occurrences.map(([articleId, spans, properties]) => {
    const article: Record<string, unknown> = { id: articleId };
    zip(fields.article, properties, article);
    const occurrence: Record<string, unknown> = { article };
    zip(fields.occurrence, spans, occurrence);
    return occurrence;
  });
  // Every value was checked against its property's schema in buildClaimViewRowSchema.
  return claim as ClaimView;
}

/** The fields in whitelist order without repeats: equal selections get equal keys. */
export function normalizeClaimFields(fields: ClaimFields): ClaimFields {
  const pick = <K extends string>(all: readonly K[], wanted: readonly K[]) => all.filter((name) => wanted.includes(name));
  const occurrences = fields.occurrences;
  return {
    claim: pick(CLAIM_PROPERTIES, fields.claim),
    occurrences,
    occurrence: occurrences ? pick(OCCURRENCE_PROPERTIES, fields.occurrence) : [],
    article: occurrences ? pick(ARTICLE_PROPERTIES, fields.article) : [],
  };
}

/** A stable key for a selection (loaders and schemas are kept per key). */
export function claimFieldsKey(fields: ClaimFields): string {
  const normal = normalizeClaimFields(fields);
  return [normal.claim.join(','), normal.occurrences ? 'o' : '-', normal.occurrence.join(','), normal.article.join(',')].join('|');
}

/** At most 2^19 selections exist; a server sees a handful. Past this many a memo starts afresh. */
const MAX_MEMOIZED = 256;

/**
 * `build` memoized per selection: row schemas are made once per selection, not per request
 * (zod compiles an object schema on its first use).
 */
export function perClaimFields<T>(build: (fields: ClaimFields) => T): (fields: ClaimFields) => T {
  const made = new Map<string, T>();
  return (fields) => {
    const key = claimFieldsKey(fields);
    let value = made.get(key);
    if (value === undefined) {
      if (made.size >= MAX_MEMOIZED) made.clear();
      value = build(normalizeClaimFields(fields));
      made.set(key, value);
    }
    return value;
  };
}

/** The row schema of a position's claims read limited to `fields` (as in cypher/read/positions-for-issue.cypher). */
export const claimViewRowSchema = perClaimFields(buildClaimViewRowSchema);

/** The Cypher parameters that limit a claim read to `fields`. */
export function claimFieldParams(fields: ClaimFields): { claimKeys: string[]; withOccurrences: boolean; occurrenceKeys: string[]; articleKeys: string[] } {
  const normal = normalizeClaimFields(fields);
  return { claimKeys: [...normal.claim], withOccurrences: normal.occurrences, occurrenceKeys: [...normal.occurrence], articleKeys: [...normal.article] };
}
