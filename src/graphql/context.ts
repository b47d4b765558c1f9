import DataLoader from 'dataloader';
import type { Store } from '../store/driver.js';
import { getActorsByIds, getArticleTexts, getIssuesByIds, listPositionsForActors } from '../store/read.js';
import { getClaimsByIds } from '../store/read-pages.js';
import type { ActorRecord, ClaimRecord, IssueRecord, PositionRecord } from '../store/records.js';
import type { IngestTools } from './ingest.js';

/**
 * Per-request batching: the actors, issues, claims, article texts and positions that resolvers
 * ask for one at a time are fetched with one query per kind per tick, and cached for the
 * request only.
 */
export interface Loaders {
  actor: DataLoader<string, ActorRecord | null>;
  issue: DataLoader<string, IssueRecord | null>;
  claim: DataLoader<string, ClaimRecord | null>;
  articleText: DataLoader<string, string | null>;
  positionsByActor: DataLoader<string, PositionRecord[]>;
}

/** Who is calling, as far as writes are concerned. */
export interface Caller {
  /** The request carried the configured API key. */
  authenticated: boolean;
  /** An API key is configured at all; without one, writes are off. */
  keyConfigured: boolean;
}

export interface GraphQLContext {
  store: Store;
  loaders: Loaders;
  caller: Caller;
  /** The lexicon and extractor, made once per server on the first ingestArticle. */
  ingestTools: () => Promise<IngestTools>;
}

function byId<T extends { id: string }>(ids: readonly string[], records: T[]): (T | null)[] {
  const found = new Map(records.map((record) => [record.id, record]));
  return ids.map((id) => found.get(id) ?? null);
}

export function createLoaders(store: Store): Loaders {
  return {
    actor: new DataLoader(async (ids) => byId(ids, await getActorsByIds(store, ids))),
    issue: new DataLoader(async (ids) => byId(ids, await getIssuesByIds(store, ids))),
    claim: new DataLoader(async (ids) => byId(ids, await getClaimsByIds(store, ids))),
    articleText: new DataLoader(async (ids) => {
      const texts = await getArticleTexts(store, ids);
      return ids.map((id) => texts.get(id) ?? null);
    }),
    positionsByActor: new DataLoader(async (ids) => {
      const positions = await listPositionsForActors(store, ids);
      return ids.map((id) => positions.get(id) ?? []);
    }),
  };
}

export interface ContextOptions {
  caller?: Caller;
  ingestTools?: () => Promise<IngestTools>;
}

const anonymous: Caller = { authenticated: false, keyConfigured: false };

/** A fresh context for each GraphQL request. */
export function createContext(store: Store, options: ContextOptions = {}): GraphQLContext {
  const { caller = anonymous, ingestTools = () => Promise.reject(new Error('ingestArticle is not available in this context')) } = options;
  return { store, loaders: createLoaders(store), caller, ingestTools };
}
