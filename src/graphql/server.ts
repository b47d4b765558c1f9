import { timingSafeEqual } from 'node:crypto';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Config, CorsSetting } from '../config/env.js';
import type { Store } from '../store/driver.js';
import { createContext, type Caller, type GraphQLContext } from './context.js';
import { maskError } from './errors.js';
import { lazyIngestTools, type IngestTools } from './ingest.js';
import type { ReadCache } from './read-cache.js';
import { createSchema } from './schema.js';

export const GRAPHQL_ENDPOINT = '/graphql';

/** What GraphiQL opens with. */
export const DEFAULT_QUERY = `# Who supports the withdrawal of US/coalition forces from Iraq, and on what evidence?
query WhoSupportsWithdrawal {
  whoSupports(issue: "withdrawal") {
    actor { id name nameAr type }
    stance
    claimCount
    outlets
    claims {
      quote
      qualifiers
      confidence
      article { title outlet publishedAt }
    }
  }
}
`;

const MATRIX_QUERY = `# Actors × issues: each actor's stance and the claims behind it
query StanceMatrix {
  stanceMatrix(actorTypes: [GOVERNMENT, MINISTRY, PERSON, OFFICIAL, FACTION, PARTY]) {
    issues { id name }
    rows {
      actor { id name nameAr type }
      cells { issue { id } stance claimCount supports opposes mixed neutral }
    }
  }
}
`;

const ACTOR_QUOTES_QUERY = `# Everything one actor said, with the article each quote comes from
query ActorQuotes($actor: ID! = "sudani") {
  actor(id: $actor) {
    name nameAr type
    positions {
      issue { name }
      stance
      claims { quote stance qualifiers start end article { title outlet publishedAt url } }
    }
  }
}
`;

const PAGES_QUERY = `# Claims a page at a time, filtered; pass pageInfo.endCursor as $after for the next page
query RecentClaims($after: String) {
  claimsConnection(filter: { issue: "withdrawal", minConfidence: 0.7 }, first: 10, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { quote stance actor { name } article { outlet publishedAt } }
  }
}
`;

/** GraphiQL's tabs on first open: who supports withdrawal, the matrix, an actor's quotes, paging. */
export const GRAPHIQL_TABS = [DEFAULT_QUERY, MATRIX_QUERY, ACTOR_QUOTES_QUERY, PAGES_QUERY].map((query) => ({ query }));

/**
 * Query limits (graphql-armor), checked before anything runs. Generous for every dashboard query
 * in the README and GraphiQL, small enough that one request cannot ask for the whole graph
 * nested ten times over.
 */
export const QUERY_LIMITS = {
  /** Field nesting: `actor { positions { claims { article { title } } } }` is 5. */
  maxDepth: 10,
  /** Aliased fields per operation: `a: actor(...) b: actor(...)` is 2. */
  maxAliases: 15,
  /** graphql-armor's cost estimate (objects 2, scalars 1, ×1.5 per level): `actors { positions { claims { quote article { outlet } } } }` is 25. */
  maxCost: 5000,
  /** Lexical tokens in the query text. */
  maxTokens: 1500,
  maxDirectives: 20,
} as const;

export type QueryLimits = { [K in keyof typeof QUERY_LIMITS]: number };

export interface ServerConfig extends Pick<Config, 'production' | 'apiKey'> {
  /** @default false */
  privateReads?: boolean | undefined;
  /** @default 'default' (any origin in development, none in production) */
  cors?: CorsSetting | undefined;
}

export interface CreateServerOptions {
  store: Store;
  config: ServerConfig;
  /** @default QUERY_LIMITS */
  limits?: Partial<QueryLimits>;
  /** The lexicon and extractor for ingestArticle. @default data/ loaded on the first ingestArticle */
  loadIngestTools?: () => IngestTools;
  /**
   * Serve repeated reads from this cache (createReadCache; `stancegraph serve` makes one unless
   * STANCEGRAPH_READ_CACHE=false). @default no cache
   */
  readCache?: ReadCache | undefined;
}

export type StancegraphServer = YogaServerInstance<Record<string, never>, GraphQLContext>;

/**
 * The GraphQL server as a fetch handler: nothing listens until the caller hands it to
 * `http.createServer(yoga)`; tests call `yoga.fetch`. Reads are open and writes (mutations) need
 * the API key (`Authorization: Bearer <key>` or `x-api-key: <key>`), unless `privateReads` makes
 * every GraphQL request need it. With a `readCache`, repeated reads of an unchanged graph are
 * answered from it. Errors are masked except the ones meant for users; queries over
 * the limits are refused before they run; in production GraphiQL and introspection are off.
 */
export function createServer({ store, config, limits = {}, loadIngestTools, readCache }: CreateServerOptions): StancegraphServer {
  const apiKey = config.apiKey === undefined ? undefined : Buffer.from(config.apiKey);
  const plugins: Plugin[] = [useArmor({ ...QUERY_LIMITS, ...limits }, config.production)];
  if (apiKey !== undefined && config.privateReads === true) plugins.push(useApiKeyForEverything(apiKey));
  if (config.production) plugins.push(useNoIntrospection());
  // After the key check (onRequest); a hit skips parsing, validation and execution.
  if (readCache !== undefined) plugins.push(readCache.plugin);
  const ingestTools = lazyIngestTools(loadIngestTools);
  return createYoga<Record<string, never>, GraphQLContext>({
    schema: createSchema(),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    context: ({ request }) => createContext(store, { caller: callerOf(request, apiKey), ingestTools }),
    maskedErrors: { maskError },
    graphiql: config.production ? false : { title: 'stancegraph', defaultQuery: DEFAULT_QUERY, defaultTabs: GRAPHIQL_TABS },
    landingPage: false,
    logging: config.production ? 'info' : 'warn',
    cors: corsOptions(config.cors ?? 'default', config.production),
    plugins,
  });
}

function corsOptions(setting: CorsSetting, production: boolean) {
  const common = { methods: ['GET', 'POST', 'OPTIONS'], allowedHeaders: ['content-type', 'authorization', 'x-api-key'], maxAge: 600 };
  if (setting === 'default') return production ? false : { ...common, origin: '*' };
  if (setting === 'any') return { ...common, origin: '*' };
  return { ...common, origin: setting.origins };
}

function useArmor(limits: QueryLimits, production: boolean): Plugin {
  const config: Parameters<typeof EnvelopArmorPlugin>[0] = {
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    // "Did you mean …?" hints help in GraphiQL; in production they map the schema for strangers.
    blockFieldSuggestion: { enabled: production },
  };
  return EnvelopArmorPlugin(config) as Plugin;
}

function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/** The key a request carries: `Authorization: Bearer <key>` or `x-api-key: <key>`. */
function keyOf(request: Request): Buffer {
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '');
  return Buffer.from(bearer?.[1]?.trim() ?? request.headers.get('x-api-key')?.trim() ?? '');
}

function matches(given: Buffer, expected: Buffer): boolean {
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function callerOf(request: Request, apiKey: Buffer | undefined): Caller {
  return { keyConfigured: apiKey !== undefined, authenticated: apiKey !== undefined && matches(keyOf(request), apiKey) };
}

/** STANCEGRAPH_PRIVATE_READS: every GraphQL request needs the key (the GraphiQL page itself loads without). */
function useApiKeyForEverything(expected: Buffer): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== GRAPHQL_ENDPOINT || request.method === 'OPTIONS') return;
      if (request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html')) return;
      if (matches(keyOf(request), expected)) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({ errors: [{ message: 'Missing or wrong API key: send Authorization: Bearer <key> or x-api-key: <key>', extensions: { code: 'UNAUTHENTICATED' } }] }),
          { status: 401, headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' } },
        ),
      );
    },
  };
}
