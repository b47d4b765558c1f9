import { timingSafeEqual } from 'node:crypto';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config/env.js';
import type { Store } from '../store/driver.js';
import { createContext, type GraphQLContext } from './context.js';
import { maskError } from './errors.js';
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

export interface CreateServerOptions {
  store: Store;
  config: Pick<Config, 'production' | 'apiKey'>;
}

export type StancegraphServer = YogaServerInstance<Record<string, never>, GraphQLContext>;

/**
 * The GraphQL server as a fetch handler: nothing listens until the caller hands it to
 * `http.createServer(yoga)`; tests call `yoga.fetch`. Errors are masked except the ones meant
 * for users; in production GraphiQL and introspection are off. When `config.apiKey` is set,
 * GraphQL requests need `Authorization: Bearer <key>` (the GraphiQL page itself loads without).
 */
export function createServer({ store, config }: CreateServerOptions): StancegraphServer {
  const plugins: Plugin[] = [];
  if (config.apiKey !== undefined) plugins.push(useApiKey(config.apiKey));
  if (config.production) plugins.push(useNoIntrospection());
  return createYoga<Record<string, never>, GraphQLContext>({
    schema: createSchema(),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    context: () => createContext(store),
    maskedErrors: { maskError },
    graphiql: config.production ? false : { title: 'stancegraph', defaultQuery: DEFAULT_QUERY },
    landingPage: false,
    logging: config.production ? 'info' : 'warn',
    plugins,
  });
}

function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

function useApiKey(apiKey: string): Plugin {
  const expected = Buffer.from(apiKey);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== GRAPHQL_ENDPOINT) return;
      if (request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html')) return;
      const given = Buffer.from((request.headers.get('authorization') ?? '').replace(/^Bearer\s+/i, ''));
      if (given.length === expected.length && timingSafeEqual(given, expected)) return;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message: 'Missing or wrong API key: send Authorization: Bearer <key>', extensions: { code: 'UNAUTHENTICATED' } }] }), {
          status: 401,
          headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' },
        }),
      );
    },
  };
}
