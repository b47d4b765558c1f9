import DataLoader from 'dataloader';
import type { Store } from '../store/driver.js';
import { getActorsByIds, getArticleTexts, getIssuesByIds, listPositionsForActors } from '../store/read.js';
import type { ActorRecord, IssueRecord, PositionRecord } from '../store/records.js';

/**
 * Per-request batching: the actors, issues, article texts and positions that resolvers ask for
 * one at a time are fetched with one query per kind per tick, and cached for the request only.
 */
export interface Loaders {
  actor: DataLoader<string, ActorRecord | null>;
  issue: DataLoader<string, IssueRecord | null>;
  articleText: DataLoader<string, string | null>;
  positionsByActor: DataLoader<string, PositionRecord[]>;
}

export interface GraphQLContext {
  store: Store;
  loaders: Loaders;
}

function byId<T extends { id: string }>(ids: readonly string[], records: T[]): (T | null)[] {
  const found = new Map(records.map((record) => [record.id, record]));
  return ids.map((id) => found.get(id) ?? null);
}

export function createLoaders(store: Store): Loaders {
  return {
    actor: new DataLoader(async (ids) => byId(ids, await getActorsByIds(store, ids))),
    issue: new DataLoader(async (ids) => byId(ids, await getIssuesByIds(store, ids))),
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

/** A fresh context for each GraphQL request. */
export function createContext(store: Store): GraphQLContext {
  return { store, loaders: createLoaders(store) };
}
