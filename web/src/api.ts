/**
 * The dashboard's only way to the data: the public GraphQL API at /graphql. Every query here uses
 * fields of schema.graphql; `capabilities()` tells which newer, optional fields the server has so
 * that the views can use them when present (see derive.ts).
 */

export type Stance = 'SUPPORTS' | 'OPPOSES' | 'MIXED' | 'NEUTRAL';
export const STANCES: readonly Stance[] = ['SUPPORTS', 'OPPOSES', 'MIXED', 'NEUTRAL'];

export interface Issue {
  id: string;
  name: string;
  nameAr: string | null;
}

export interface ActorRef {
  id: string;
  name: string;
  nameAr: string | null;
  nameEn: string | null;
  type: string;
  aliases: string[];
  partOf: { id: string }[];
}

export interface ArticleRef {
  id: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  file: string | null;
  language: string;
}

export interface Claim {
  id: string;
  stance: Stance;
  quote: string;
  start: number;
  end: number;
  confidence: number;
  qualifiers: string[];
  article: ArticleRef;
}

export interface Position {
  stance: Stance;
  actor: ActorRef;
  claims: Claim[];
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

const KEY_STORAGE = 'stancegraph.apiKey';

/** The API key, kept for this browser tab only (sessionStorage), sent as `Authorization: Bearer`. */
export function apiKey(): string {
  try {
    return sessionStorage.getItem(KEY_STORAGE) ?? '';
  } catch {
    return '';
  }
}

export function setApiKey(key: string): void {
  try {
    if (key === '') sessionStorage.removeItem(KEY_STORAGE);
    else sessionStorage.setItem(KEY_STORAGE, key);
  } catch {
    /* storage unavailable: the key lives as long as the input field */
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, key = apiKey()): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (key !== '') headers.authorization = `Bearer ${key}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`GraphQL answered ${response.status} without JSON`, response.status);
  }
  const first = body.errors?.[0];
  if (first !== undefined) throw new ApiError(first.message, response.status, first.extensions?.code);
  if (!response.ok || body.data == null) throw new ApiError(`GraphQL answered ${response.status}`, response.status);
  return body.data;
}

/** Optional fields that a newer server may have; the views fall back to client-side work without them. */
export interface Capabilities {
  query: Set<string>;
  mutation: Set<string>;
  /** Argument names of each Query and Mutation field, to call new fields the way they are declared. */
  args: Map<string, { name: string; type: string }[]>;
  introspection: boolean;
}

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

function typeName(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeName(ref.ofType!)}!`;
  if (ref.kind === 'LIST') return `[${typeName(ref.ofType!)}]`;
  return ref.name ?? '?';
}

export async function capabilities(): Promise<Capabilities> {
  const fieldsFragment = 'fields { name args { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }';
  try {
    const data = await graphql<{ query: { fields: { name: string; args: { name: string; type: TypeRef }[] }[] } | null; mutation: { fields: { name: string; args: { name: string; type: TypeRef }[] }[] } | null }>(
      `{ query: __type(name: "Query") { ${fieldsFragment} } mutation: __type(name: "Mutation") { ${fieldsFragment} } }`,
    );
    const args = new Map<string, { name: string; type: string }[]>();
    for (const field of [...(data.query?.fields ?? []), ...(data.mutation?.fields ?? [])]) {
      args.set(field.name, field.args.map((a) => ({ name: a.name, type: typeName(a.type) })));
    }
    return {
      query: new Set(data.query?.fields.map((f) => f.name) ?? []),
      mutation: new Set(data.mutation?.fields.map((f) => f.name) ?? []),
      args,
      introspection: true,
    };
  } catch (error) {
    // Production servers turn introspection off: use only the fields every server has.
    if (error instanceof ApiError && error.status === 401) throw error;
    return { query: new Set(), mutation: new Set(), args: new Map(), introspection: false };
  }
}

const ACTOR_FIELDS = 'id name nameAr nameEn type aliases partOf { id }';
const ARTICLE_FIELDS = 'id title outlet publishedAt file language';
const CLAIM_FIELDS = `id stance quote start end confidence qualifiers article { ${ARTICLE_FIELDS} }`;

export async function fetchIssues(): Promise<Issue[]> {
  const data = await graphql<{ issues: Issue[] }>('{ issues { id name nameAr } }');
  return data.issues;
}

/** Every position on an issue with its claims (not the article texts: those are loaded on demand). */
export async function fetchPositions(issue: string): Promise<Position[]> {
  const data = await graphql<{ positions: Position[] }>(
    `query Positions($issue: ID!) { positions(issue: $issue) { stance actor { ${ACTOR_FIELDS} } claims { ${CLAIM_FIELDS} } } }`,
    { issue },
  );
  return data.positions;
}

export interface ArticleText {
  id: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: string;
  text: string;
}

/**
 * The article a claim's offsets refer to, with its text. The API reaches articles only through
 * claims, so this asks for the claim's actor's positions and picks the claim out.
 */
export async function fetchClaimArticle(actorId: string, claimId: string): Promise<{ claim: Claim; article: ArticleText }> {
  const data = await graphql<{ actor: { positions: { claims: (Claim & { article: ArticleText })[] }[] } | null }>(
    `query ClaimArticle($actor: ID!) { actor(id: $actor) { positions { claims { ${CLAIM_FIELDS} article { text } } } } }`,
    { actor: actorId },
  );
  for (const position of data.actor?.positions ?? []) {
    for (const claim of position.claims) {
      if (claim.id === claimId) return { claim, article: claim.article };
    }
  }
  throw new ApiError(`claim ${claimId} of ${actorId} is no longer in the graph`, 404);
}
