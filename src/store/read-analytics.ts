import { z } from 'zod';
import { countStances, positionOf, type StanceCounts } from '../analysis/position.js';
import { DATE, periodOf, type Interval } from '../analysis/periods.js';
import { StanceSchema, type ActorType, type Stance } from '../ingest/model.js';
import type { Store } from './driver.js';
import { ActorRecordSchema, EDGE_STANCE, PositionEdgeSchema, type ActorRecord } from './records.js';
import { readTx, runQuery } from './run.js';

/** The aggregate views dashboards draw: the stance matrix, the alignment network, timelines. */

export interface MatrixCell extends StanceCounts {
  issueId: string;
  stance: Stance | null;
  claimCount: number;
}

export interface MatrixRow {
  actor: ActorRecord;
  /** One cell per requested issue, in the order given. */
  cells: MatrixCell[];
}

const MatrixRowSchema = z.object({ actor: ActorRecordSchema, issueId: z.string(), edge: PositionEdgeSchema, stances: z.array(StanceSchema) });

/**
 * Actors × issues. `issueIds` are the columns, in order; rows are the actors of `actorTypes`
 * (all when omitted) with a position on at least one column, by name.
 */
export async function readStanceMatrix(store: Store, issueIds: readonly string[], actorTypes: readonly ActorType[] | undefined): Promise<MatrixRow[]> {
  const params = { issues: [...issueIds], actorTypes: actorTypes === undefined ? null : [...actorTypes] };
  const rows = await readTx(store, (tx) => runQuery(tx, 'read/stance-matrix', params, MatrixRowSchema));
  const byActor = new Map<string, { actor: ActorRecord; cells: Map<string, MatrixCell> }>();
  for (const row of rows) {
    const entry = byActor.get(row.actor.id) ?? { actor: row.actor, cells: new Map<string, MatrixCell>() };
    byActor.set(row.actor.id, entry);
    const counts = countStances(row.stances);
    entry.cells.set(row.issueId, { issueId: row.issueId, stance: EDGE_STANCE[row.edge], claimCount: row.stances.length, ...counts });
  }
  return [...byActor.values()].map(({ actor, cells }) => ({
    actor,
    cells: issueIds.map((issueId) => cells.get(issueId) ?? { issueId, stance: null, claimCount: 0, supports: 0, opposes: 0, mixed: 0, neutral: 0 }),
  }));
}

export interface AlignmentNodeRecord {
  actor: ActorRecord;
  /** The position on the issue when the network is for one issue. */
  stance: Stance | null;
  claimCount: number;
}

export interface AlignmentEdgeRecord {
  source: string;
  target: string;
  shared: number;
  opposed: number;
  weight: number;
  claims: number;
}

export interface AlignmentRecord {
  nodes: AlignmentNodeRecord[];
  edges: AlignmentEdgeRecord[];
}

const AlignmentRowSchema = z.object({ actor: ActorRecordSchema, issueId: z.string(), edge: PositionEdgeSchema, claims: z.number().int() });

/**
 * The co-stance network: the `maxNodes` actors with most claims on the issue (or on all issues),
 * and an edge for every pair that both support or both oppose an issue (shared) or take opposite
 * sides (opposed). Mixed and neutral positions make no edges.
 */
export async function readAlignment(store: Store, issueId: string | undefined, maxNodes: number): Promise<AlignmentRecord> {
  const rows = await readTx(store, (tx) => runQuery(tx, 'read/alignment-positions', { issue: issueId ?? null }, AlignmentRowSchema));
  const actors = new Map<string, { actor: ActorRecord; claims: number; positions: Map<string, { stance: Stance; claims: number }> }>();
  for (const row of rows) {
    const entry = actors.get(row.actor.id) ?? { actor: row.actor, claims: 0, positions: new Map() };
    actors.set(row.actor.id, entry);
    entry.claims += row.claims;
    entry.positions.set(row.issueId, { stance: EDGE_STANCE[row.edge], claims: row.claims });
  }
  const kept = [...actors.values()].sort((a, b) => b.claims - a.claims || (a.actor.id < b.actor.id ? -1 : 1)).slice(0, maxNodes);

  // Per issue, the kept actors on each side; pairs within a side share, pairs across sides oppose.
  const sides = new Map<string, { supports: typeof kept; opposes: typeof kept }>();
  for (const entry of kept) {
    for (const [issue, position] of entry.positions) {
      if (position.stance !== 'supports' && position.stance !== 'opposes') continue;
      const side = sides.get(issue) ?? { supports: [], opposes: [] };
      sides.set(issue, side);
      side[position.stance].push(entry);
    }
  }
  const edges = new Map<string, AlignmentEdgeRecord>();
  const add = (issue: string, x: (typeof kept)[number], y: (typeof kept)[number], kind: 'shared' | 'opposed') => {
    const [a, b] = x.actor.id < y.actor.id ? [x, y] : [y, x];
    const key = `${a.actor.id}\u0000${b.actor.id}`;
    const edge = edges.get(key) ?? { source: a.actor.id, target: b.actor.id, shared: 0, opposed: 0, weight: 0, claims: 0 };
    edges.set(key, edge);
    edge[kind]++;
    edge.weight += kind === 'shared' ? 1 : -1;
    edge.claims += Math.min(a.positions.get(issue)?.claims ?? 0, b.positions.get(issue)?.claims ?? 0);
  };
  for (const [issue, { supports, opposes }] of sides) {
    for (const group of [supports, opposes]) {
      for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) add(issue, group[i]!, group[j]!, 'shared');
    }
    for (const s of supports) for (const o of opposes) add(issue, s, o, 'opposed');
  }
  return {
    nodes: kept.map((entry) => ({
      actor: entry.actor,
      stance: issueId === undefined ? null : (entry.positions.get(issueId)?.stance ?? null),
      claimCount: entry.claims,
    })),
    edges: [...edges.values()].sort((a, b) => (a.source === b.source ? (a.target < b.target ? -1 : 1) : a.source < b.source ? -1 : 1)),
  };
}

export type { Interval };

export interface TimelinePointRecord extends StanceCounts {
  period: string;
  start: string;
  end: string;
  stance: Stance;
  claimCount: number;
  actors: number;
}

const TimelineRowSchema = z.object({ actorId: z.string(), stance: StanceSchema, date: z.string() });

/** Claims on an issue (of one actor, or all) counted per period of their first article date; periods without claims are left out. */
export async function readTimeline(store: Store, issueId: string, actorId: string | undefined, interval: Interval): Promise<TimelinePointRecord[]> {
  const rows = await readTx(store, (tx) => runQuery(tx, 'read/timeline-claims', { issue: issueId, actor: actorId ?? null }, TimelineRowSchema));
  const periods = new Map<string, { start: string; end: string; stances: Stance[]; actors: Set<string> }>();
  for (const row of rows) {
    if (!DATE.test(row.date)) continue;
    const { period, start, end } = periodOf(row.date, interval);
    const entry = periods.get(period) ?? { start, end, stances: [], actors: new Set<string>() };
    periods.set(period, entry);
    entry.stances.push(row.stance);
    entry.actors.add(row.actorId);
  }
  return [...periods.entries()]
    .sort(([, a], [, b]) => (a.start < b.start ? -1 : 1))
    .map(([period, entry]) => {
      const counts = countStances(entry.stances);
      return { period, start: entry.start, end: entry.end, stance: positionOf(counts), claimCount: entry.stances.length, actors: entry.actors.size, ...counts };
    });
}
