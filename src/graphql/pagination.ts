import { GraphQLError } from 'graphql';

/**
 * Relay connections over offset windows. A cursor is opaque to clients: base64url of
 * `<kind>:<offset>`, so a cursor from one connection is refused by another.
 */

export type ConnectionKind = 'claim' | 'position' | 'actor';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Resolved (one count query) only when the client selects it. */
  totalCount: () => Promise<number>;
}

/** At most this many items per page; the default when `first` is omitted. */
export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

export function encodeCursor(kind: ConnectionKind, offset: number): string {
  return Buffer.from(`${kind}:${offset}`, 'utf8').toString('base64url');
}

/** The offset just after `after`, or 0 without one; a cursor that is not ours is BAD_USER_INPUT. */
export function offsetAfter(kind: ConnectionKind, after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const match = /^([a-z]+):(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (match === null || match[1] !== kind) {
    throw new GraphQLError(`Invalid argument: after: not a cursor of this ${kind} connection; pass an endCursor it returned`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return Number(match[2]) + 1;
}

/**
 * One page: `fetch` is asked for `first + 1` items from the offset after `after`, so that
 * hasNextPage needs no count.
 */
export async function toConnection<T>(
  kind: ConnectionKind,
  args: { first?: number | null | undefined; after?: string | null | undefined },
  fetch: (window: { offset: number; limit: number }) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Connection<T>> {
  const offset = offsetAfter(kind, args.after);
  const first = args.first ?? DEFAULT_PAGE;
  const items = first === 0 ? [] : await fetch({ offset, limit: first + 1 });
  const page = items.slice(0, first);
  const edges = page.map((node, index) => ({ cursor: encodeCursor(kind, offset + index), node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: items.length > first,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (counted ??= count()),
  };
}
