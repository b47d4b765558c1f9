/**
 * The views' models, computed in the browser from `positions` for now. Each function is the one
 * place a view gets its data from: when the server grows the matching field (stanceMatrix,
 * alignment, timeline, search), switch the body here and the views stay as they are.
 */
import { foldText } from '../../src/ingest/normalize.ts';
import { ApiError, graphql, type Capabilities, type Claim, type Issue, type Position, type Stance } from './api.ts';

export { foldText };

/** Folds a query or a text for search as the server does: alef, ya, ta marbuta, hamza; no diacritics or tatweel; lower case. */
export function fold(text: string): string {
  return foldText(text);
}

export interface IssueData {
  issue: Issue;
  positions: Position[];
}

// ---------- stance matrix: actors × issues ----------

export interface MatrixCell {
  stance: Stance;
  /** Claims per claim stance (a position rests on several). */
  counts: Record<Stance, number>;
}

export interface MatrixRow {
  actorId: string;
  cells: Map<string, MatrixCell>;
}

export function stanceMatrix(data: IssueData[]): { issues: Issue[]; rows: MatrixRow[] } {
  const rows = new Map<string, MatrixRow>();
  for (const { issue, positions } of data) {
    for (const position of positions) {
      const row = rows.get(position.actor.id) ?? { actorId: position.actor.id, cells: new Map() };
      const counts: Record<Stance, number> = { SUPPORTS: 0, OPPOSES: 0, MIXED: 0, NEUTRAL: 0 };
      for (const claim of position.claims) counts[claim.stance]++;
      row.cells.set(issue.id, { stance: position.stance, counts });
      rows.set(position.actor.id, row);
    }
  }
  return { issues: data.map((d) => d.issue), rows: [...rows.values()] };
}

// ---------- alignment network ----------

export type EdgeKind = 'stance' | 'partOf' | 'agrees' | 'disagrees';

export interface NetworkModel {
  nodes: { id: string; kind: 'actor' | 'issue'; refId: string; stance: Stance | null; weight: number }[];
  edges: { id: string; source: string; target: string; kind: EdgeKind; stance: Stance | null; weight: number }[];
}

/**
 * Actors and issues; an actor's position is an edge to the issue coloured by stance; `partOf`
 * links; and two actors quoted in the same article are aligned (same position) or opposed
 * (SUPPORTS against OPPOSES), weighted by the articles they share.
 */
export function alignmentNetwork(data: IssueData[]): NetworkModel {
  const model: NetworkModel = { nodes: [], edges: [] };
  const actorIds = new Set<string>();
  for (const { issue, positions } of data) {
    model.nodes.push({ id: `issue:${issue.id}`, kind: 'issue', refId: issue.id, stance: null, weight: positions.length });
    const byArticle = new Map<string, Set<string>>();
    const stanceOf = new Map<string, Stance>();
    for (const position of positions) {
      const actorNode = `actor:${position.actor.id}`;
      stanceOf.set(position.actor.id, position.stance);
      if (!actorIds.has(position.actor.id)) {
        actorIds.add(position.actor.id);
        model.nodes.push({ id: actorNode, kind: 'actor', refId: position.actor.id, stance: position.stance, weight: position.claims.length });
      }
      model.edges.push({ id: `stance:${position.actor.id}:${issue.id}`, source: actorNode, target: `issue:${issue.id}`, kind: 'stance', stance: position.stance, weight: position.claims.length });
      for (const claim of position.claims) {
        const set = byArticle.get(claim.article.id) ?? new Set<string>();
        set.add(position.actor.id);
        byArticle.set(claim.article.id, set);
      }
    }
    const shared = new Map<string, number>();
    for (const actors of byArticle.values()) {
      const list = [...actors].sort();
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) shared.set(`${list[i]}|${list[j]}`, (shared.get(`${list[i]}|${list[j]}`) ?? 0) + 1);
      }
    }
    for (const [pair, count] of shared) {
      const [a, b] = pair.split('|') as [string, string];
      const sa = stanceOf.get(a)!;
      const sb = stanceOf.get(b)!;
      const kind: EdgeKind | null = sa === sb && sa !== 'NEUTRAL' ? 'agrees' : (sa === 'SUPPORTS' && sb === 'OPPOSES') || (sa === 'OPPOSES' && sb === 'SUPPORTS') ? 'disagrees' : null;
      if (kind !== null) model.edges.push({ id: `${kind}:${issue.id}:${pair}`, source: `actor:${a}`, target: `actor:${b}`, kind, stance: kind === 'agrees' ? sa : null, weight: count });
    }
  }
  for (const { positions } of data) {
    for (const position of positions) {
      for (const parent of position.actor.partOf) {
        const id = `partOf:${position.actor.id}:${parent.id}`;
        if (actorIds.has(parent.id) && !model.edges.some((e) => e.id === id)) {
          model.edges.push({ id, source: `actor:${position.actor.id}`, target: `actor:${parent.id}`, kind: 'partOf', stance: null, weight: 1 });
        }
      }
    }
  }
  return model;
}

// ---------- timeline ----------

export interface TimelineEvent {
  actorId: string;
  claim: Claim;
  /** ISO date (YYYY-MM-DD), or null when the article has none. */
  date: string | null;
}

/** Every claim with its article's date, earliest first; undated claims last. */
export function timeline(positions: Position[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const position of positions) {
    for (const claim of position.claims) {
      const date = claim.article.publishedAt === null ? null : claim.article.publishedAt.slice(0, 10);
      events.push({ actorId: position.actor.id, claim, date });
    }
  }
  return events.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

// ---------- search ----------

export interface SearchResult {
  /** Actors whose names or aliases match, or who made a matching claim. */
  actorIds: Set<string>;
  /** Claims whose quote matches. */
  claimIds: Set<string>;
  source: 'server' | 'browser';
}

/** Every folded word of the query must occur in the folded text (so سوداني finds السوداني). */
function matchesAll(words: string[], text: string): boolean {
  const folded = fold(text);
  return words.every((w) => folded.includes(w));
}

export function searchInBrowser(positions: Position[], query: string): SearchResult {
  const words = fold(query).split(/\s+/).filter((w) => w.length > 0);
  const result: SearchResult = { actorIds: new Set(), claimIds: new Set(), source: 'browser' };
  if (words.length === 0) return result;
  for (const position of positions) {
    const { actor } = position;
    const names = [actor.name, actor.nameAr ?? '', actor.nameEn ?? '', ...actor.aliases].join(' \u2063 ');
    if (matchesAll(words, names)) result.actorIds.add(actor.id);
    for (const claim of position.claims) {
      if (matchesAll(words, claim.quote) || matchesAll(words, `${names} ${claim.quote}`)) {
        result.claimIds.add(claim.id);
        result.actorIds.add(actor.id);
      }
    }
  }
  return result;
}

/**
 * Search: the server's `search(text, first)` field when it has one (Lucene over folded names,
 * aliases and quotes), else the browser's fold-and-filter over the loaded positions. A server
 * whose `search` answers otherwise than this dashboard expects falls back to the browser for good.
 */
let serverSearchWorks: boolean | undefined;

interface ServerSearch {
  search: { actors: { actor: { id: string } }[]; claims: { claim: { id: string; actor: { id: string } } }[] };
}

export async function search(caps: Capabilities, positions: Position[], query: string): Promise<SearchResult> {
  if (fold(query).trim() === '') return { actorIds: new Set(), claimIds: new Set(), source: 'browser' };
  if (caps.query.has('search') && serverSearchWorks !== false) {
    try {
      const data = await graphql<ServerSearch>('query Search($q: String!) { search(text: $q, first: 100) { actors { actor { id } } claims { claim { id actor { id } } } } }', { q: query });
      serverSearchWorks = true;
      const result: SearchResult = { actorIds: new Set(), claimIds: new Set(), source: 'server' };
      for (const hit of data.search.actors) result.actorIds.add(hit.actor.id);
      for (const hit of data.search.claims) {
        result.claimIds.add(hit.claim.id);
        result.actorIds.add(hit.claim.actor.id);
      }
      return result;
    } catch (error) {
      // A bad query (the field changed shape) falls back for good; anything else just this once.
      if (error instanceof ApiError && error.status === 400) serverSearchWorks = false;
    }
  }
  return searchInBrowser(positions, query);
}
