import { createServer, type ServerConfig, type StancegraphServer } from '../../src/graphql/server.js';
import type { Store } from '../../src/store/driver.js';

export interface GraphQLResponse {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export function testServer(store: Store, config: Partial<ServerConfig> = {}): StancegraphServer {
  return createServer({ store, config: { ...config, production: config.production ?? false, apiKey: config.apiKey } });
}

/** POSTs a GraphQL operation through yoga.fetch, as an HTTP client would. */
export async function query(
  yoga: StancegraphServer,
  source: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await yoga.fetch('http://stancegraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query: source, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
  return { status: response.status, ...body };
}
