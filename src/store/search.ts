import { z } from 'zod';
import { InputError } from '../errors.js';
// The store folds with extraction's own function, so a name matched in an article, a name in the
// index and a name typed into a search box all fold alike (alef, ya, ta marbuta, hamza seats,
// diacritics, tatweel). The function is pure and imports nothing, so this keeps "ingest never
// imports store" intact; folding here rather than in the GraphBatch keeps the batch contract
// (owned by ingest) unchanged and lets reviews and queries fold the same way.
import { foldText } from '../ingest/normalize.js';
import type { Store } from './driver.js';
import { readTx, runQuery, runStatement } from './run.js';

/** The folded text the full-text index holds for a node: its names or quote, folded, space-joined. */
export function searchTextOf(texts: readonly (string | null | undefined)[]): string {
  const folded: string[] = [];
  for (const text of texts) {
    if (text === null || text === undefined) continue;
    const value = foldText(text);
    if (value !== '' && !folded.includes(value)) folded.push(value);
  }
  return folded.join(' ');
}

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * A Lucene query in which every word of `text` (folded) is required. Lucene syntax in the text is
 * escaped, so `C++` or `"` is searched for, not interpreted.
 */
export function toSearchQuery(text: string): string {
  const words = foldText(text)
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`))
    .filter((word) => word !== '');
  return words.map((word) => `+${word}`).join(' ');
}

export const SearchHitSchema = z.object({
  kind: z.enum(['actor', 'claim']),
  id: z.string(),
  /** The actor's name, or the claim's quote. */
  text: z.string(),
  /** The actor itself, or the actor who made the claim. */
  actorId: z.string(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export interface SearchResult {
  actors: SearchHit[];
  claims: SearchHit[];
}

export interface SearchOptions {
  /**
   * At most this many hits in all, best first.
   * @default 50
   */
  limit?: number;
}

/**
 * Full-text search over actor names and aliases and claim quotes, whatever the alef, ya or ta
 * marbuta form and diacritics of either side: both are folded with foldText, and the index's
 * Arabic analyzer strips the article and clitics (السوداني is found by سوداني). Every word must
 * occur. Rejected claims are left out.
 */
export async function searchText(store: Store, text: string, options: SearchOptions = {}): Promise<SearchResult> {
  const { limit = 50 } = options;
  const query = toSearchQuery(text);
  if (query === '') throw new InputError('search needs at least one letter or digit');
  const hits = await readTx(store, async (tx) => {
    // The index is brought up to date just after each commit (cypher/schema/015): wait for the
    // writes committed so far, so that what was just ingested or reviewed is found.
    await runStatement(tx, 'read/await-search-index', {});
    return runQuery(tx, 'read/search-text', { query, limit }, SearchHitSchema);
  });
  return { actors: hits.filter((hit) => hit.kind === 'actor'), claims: hits.filter((hit) => hit.kind === 'claim') };
}
