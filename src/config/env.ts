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
const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''], { error: 'must be true or false' })
  .optional()
  .transform((value) => value === 'true' || value === '1');

/** Like booleanFlag, but on when unset or empty. */
const onByDefault = z
  .enum(['true', 'false', '1', '0', ''], { error: 'must be true or false' })
  .optional()
  .transform((value) => value === undefined || value === '' || value === 'true' || value === '1');

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
    STANCEGRAPH_PRIVATE_READS: booleanFlag,
    STANCEGRAPH_CORS_ORIGINS: z
      .string()
      .optional()
      .transform((value, ctx) => parseCorsOrigins(value, ctx)),
    STANCEGRAPH_DEBUG: booleanFlag,
    STANCEGRAPH_READ_CACHE: onByDefault,
    STANCEGRAPH_READ_CACHE_MB: z.coerce.number().int('must be a whole number of megabytes').min(1).max(65536).default(64),
    STANCEGRAPH_READ_CACHE_CHECK_MS: z.coerce.number().int('must be a whole number of milliseconds').min(0).max(3_600_000).default(0),
    STANCEGRAPH_READ_CACHE_LEASE_MS: z.coerce.number().int('must be a whole number of milliseconds').min(0).max(1000).default(20),
    CI: z.string().optional(),
    NODE_ENV: z.string().optional(),
  })
  .refine((env) => env.NEO4J_URI === undefined || env.NEO4J_PASSWORD !== undefined, {
    message: 'NEO4J_PASSWORD is required when NEO4J_URI points at your own Neo4j',
    path: ['NEO4J_PASSWORD'],
  })
  .refine((env) => !env.STANCEGRAPH_PRIVATE_READS || env.STANCEGRAPH_API_KEY !== undefined, {
    message: 'STANCEGRAPH_PRIVATE_READS needs STANCEGRAPH_API_KEY: reads would need a key that does not exist',
    path: ['STANCEGRAPH_PRIVATE_READS'],
  });

/**
 * Which browser origins may call the API: unset → the default (any origin in development, none in
 * production), `*` → any, otherwise a comma-separated list of origins such as
 * `http://localhost:5173,https://dash.example.org`.
 */
export type CorsSetting = 'default' | 'any' | { origins: string[] };

function parseCorsOrigins(value: string | undefined, ctx: z.RefinementCtx): CorsSetting {
  if (value === undefined || value.trim() === '') return 'default';
  if (value.trim() === '*') return 'any';
  const origins: string[] = [];
  for (const part of value.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    let url: URL | undefined;
    try {
      url = new URL(part);
    } catch {
      url = undefined;
    }
    if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== part.replace(/\/$/, '')) {
      ctx.addIssue({ code: 'custom', message: `"${part}" is not an origin such as http://localhost:5173 (scheme, host and port only)` });
      continue;
    }
    origins.push(url.origin);
  }
  return { origins };
}

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
  /** Reads need the API key too (writes always do). */
  privateReads: boolean;
  /** Browser origins allowed to call the API (CORS). */
  cors: CorsSetting;
  /** Progress output is for people at a terminal, never for CI logs. */
  ci: boolean;
  production: boolean;
  /** STANCEGRAPH_DEBUG: internal errors print their stack trace. */
  debug: boolean;
  /** The GraphQL server's cache of read answers (src/graphql/read-cache.ts). */
  readCache: ReadCacheConfig;
}

export interface ReadCacheConfig {
  /** STANCEGRAPH_READ_CACHE (default true). */
  enabled: boolean;
  /** STANCEGRAPH_READ_CACHE_MB, in bytes: how much answer text is kept. */
  maxBytes: number;
  /**
   * STANCEGRAPH_READ_CACHE_CHECK_MS: re-read the graph version at most this often. 0 (the
   * default) reads it for every request, so an answer is never older than the last write.
   */
  versionCheckMs: number;
  /**
   * STANCEGRAPH_READ_CACHE_LEASE_MS: read the graph version under a lease, holding its lock, so
   * that requests meanwhile need no read of their own, and check every this many ms, inside the
   * lease, whether a write waits for it (writes announce themselves); a waiting write is let
   * through at once, so writes wait about this long at most, plus a round trip. 20 ms by default;
   * 0: no lease, a version read per request (README, Read cache).
   */
  leaseMs: number;
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
    privateReads: e.STANCEGRAPH_PRIVATE_READS,
    cors: e.STANCEGRAPH_CORS_ORIGINS,
    ci: e.CI !== undefined && e.CI !== '' && e.CI !== 'false',
    production: e.NODE_ENV === 'production',
    debug: e.STANCEGRAPH_DEBUG,
    readCache: { enabled: e.STANCEGRAPH_READ_CACHE, maxBytes: e.STANCEGRAPH_READ_CACHE_MB * 1024 * 1024, versionCheckMs: e.STANCEGRAPH_READ_CACHE_CHECK_MS, leaseMs: e.STANCEGRAPH_READ_CACHE_LEASE_MS },
  };
}
