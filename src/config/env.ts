import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from '../errors.js';

/** The project root: two levels above this file in src/ and three in dist/src/. */
export function findProjectRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const parts = here.split(path.sep);
  const distIndex = parts.lastIndexOf('dist');
  if (distIndex >= 0) return parts.slice(0, distIndex).join(path.sep) || path.sep;
  return path.resolve(here, '..', '..');
}

const port = z.coerce.number().int().min(1).max(65535);

const EnvSchema = z
  .object({
    NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must be a neo4j:// or bolt:// URI').optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).optional(),
    STANCEGRAPH_DATA_DIR: z.string().min(1).optional(),
    STANCEGRAPH_NEO4J_BOLT_PORT: port.default(7687),
    STANCEGRAPH_NEO4J_HTTP_PORT: port.default(7474),
    STANCEGRAPH_HOST: z.string().min(1).default('127.0.0.1'),
    STANCEGRAPH_PORT: port.default(4000),
    STANCEGRAPH_API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
    CI: z.string().optional(),
    NODE_ENV: z.string().optional(),
  })
  .refine((env) => env.NEO4J_URI === undefined || env.NEO4J_PASSWORD !== undefined, {
    message: 'NEO4J_PASSWORD is required when NEO4J_URI points at your own Neo4j',
    path: ['NEO4J_PASSWORD'],
  });

export interface ExternalNeo4j {
  kind: 'external';
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface LocalNeo4j {
  kind: 'local';
  boltPort: number;
  httpPort: number;
  database: string | undefined;
}

export interface Config {
  projectRoot: string;
  dataDir: string;
  neo4j: ExternalNeo4j | LocalNeo4j;
  http: { host: string; port: number };
  apiKey: string | undefined;
  /** Progress output is for people at a terminal, never for CI logs. */
  ci: boolean;
  production: boolean;
}

/** The only reader of process.env: validates every variable at once and reports each problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, projectRoot = findProjectRoot()): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  const neo4j: Config['neo4j'] =
    e.NEO4J_URI !== undefined && e.NEO4J_PASSWORD !== undefined
      ? { kind: 'external', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : { kind: 'local', boltPort: e.STANCEGRAPH_NEO4J_BOLT_PORT, httpPort: e.STANCEGRAPH_NEO4J_HTTP_PORT, database: e.NEO4J_DATABASE };
  return {
    projectRoot,
    dataDir: path.resolve(projectRoot, e.STANCEGRAPH_DATA_DIR ?? '.stancegraph'),
    neo4j,
    http: { host: e.STANCEGRAPH_HOST, port: e.STANCEGRAPH_PORT },
    apiKey: e.STANCEGRAPH_API_KEY,
    ci: e.CI !== undefined && e.CI !== '' && e.CI !== 'false',
    production: e.NODE_ENV === 'production',
  };
}
