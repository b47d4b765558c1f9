import DataLoader from 'dataloader';
import type { Store } from '../store/driver.js';
import { getActorsByIds, getActorsWithPositions, getArticleTexts, getIssuesByIds } from '../store/read.js';
import { getClaimsByIds } from '../store/read-pages.js';
import { claimFieldsKey, type ClaimFields } from '../store/claim-fields.js';
import type { ActorPositions, ActorRecord, ClaimRecord, IssueRecord } from '../store/records.js';
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
  /**
   * An actor with its positions, in one query: for Actor.positions, and for actor(id) when its
   * positions are asked for. One loader per claim selection (null: the claims are not read).
   */
  actorPositions: (claimFields: ClaimFields | null) => DataLoader<string, ActorPositions | null>;
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

function byKey<T>(ids: readonly string[], records: T[], keyOf: (record: T) => string): (T | null)[] {
  const found = new Map(records.map((record) => [keyOf(record), record]));
  return ids.map((id) => found.get(id) ?? null);
}

function byId<T extends { id: string }>(ids: readonly string[], records: T[]): (T | null)[] {
  return byKey(ids, records, (record) => record.id);
}

function actorPositionsLoaders(store: Store): Loaders['actorPositions'] {
  const loaders = new Map<string, DataLoader<string, ActorPositions | null>>();
  return (claimFields) => {
    const key = claimFields === null ? 'no claims' : claimFieldsKey(claimFields);
    let loader = loaders.get(key);
    if (loader === undefined) {
      const query = claimFields === null ? { withClaims: false } : { claimFields };
      loader = new DataLoader(async (ids) => byKey(ids, await getActorsWithPositions(store, ids, query), (found) => found.actor.id));
      loaders.set(key, loader);
    }
    return loader;
  };
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
    actorPositions: actorPositionsLoaders(store),
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
