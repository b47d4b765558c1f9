import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findProjectRoot } from '../config/env.js';
import { StancegraphError } from '../errors.js';

/**
 * Every read and write statement, by name: `cypher/<name>.cypher`. The schema statements are
 * found by listing cypher/schema/ instead (see schema.ts), so that a new migration is just a file.
 * cypher/browser/ and cypher/bench/ are not loaded: they hold saved queries for people using
 * Neo4j Browser and the naive baseline of `npm run bench:ingest`.
 */
export const QUERY_NAMES = [
  'write/merge-issues',
  'write/merge-actors',
  'write/merge-actor-parents',
  'write/merge-articles',
  'write/merge-claims',
  'write/review-claim',
  'write/derive-positions',
  'write/add-positions',
  'write/delete-graph-chunk',
  'write/delete-relationships-chunk',
  'write/merge-actor',
  'write/add-actor-alias',
  'write/record-migration',
  'write/set-search',
  'write/delete-aligned-with',
  'write/create-aligned-with',
  'write/bump-graph-version',
  'write/lock-graph-version',
  'write/announce-graph-write',
  'read/issues',
  'read/issues-by-id',
  'read/actors',
  'read/actors-by-id',
  'read/actor-ids',
  'read/article',
  'read/article-texts-by-id',
  'read/claimants-in-articles',
  'read/positions-for-issue',
  'read/actors-with-positions',
  'read/claims-for-actor-issue',
  'read/position-edges',
  'read/count-graph',
  'read/graph-is-empty',
  'read/applied-migrations',
  'read/unsearchable-nodes',
  'read/merged-actor-targets',
  'read/actor-status',
  'read/search-text',
  'read/await-search-index',
  'read/await-indexes',
  'read/claims-page',
  'read/claims-count',
  'read/claims-by-id',
  'read/positions-page',
  'read/positions-count',
  'read/actors-page',
  'read/actors-count',
  'read/stance-matrix',
  'read/alignment-positions',
  'read/timeline-claims',
  'read/export-actors',
  'read/export-merges',
  'read/export-articles',
  'read/export-claims',
  'read/discourse-claims',
  'read/graph-version',
  'read/graph-writers',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

export interface SchemaStatement {
  /** File name, e.g. `001-actor-id-unique.cypher`. */
  file: string;
  text: string;
}

export interface Queries {
  cypherDir: string;
  text: Record<QueryName, string>;
  /** cypher/schema/*.cypher in file-name order. */
  schema: SchemaStatement[];
}

let loaded: Queries | undefined;

function readStatement(file: string): string {
  return readFileSync(file, 'utf8').trim();
}

/**
 * Reads every statement once. A named statement whose file is missing, a .cypher file that no
 * name refers to, or an empty file all fail here, at startup, with every problem listed.
 */
export function loadQueries(cypherDir = path.join(findProjectRoot(), 'cypher')): Queries {
  if (loaded !== undefined && loaded.cypherDir === cypherDir) return loaded;
  const problems: string[] = [];
  const text = {} as Record<QueryName, string>;
  for (const name of QUERY_NAMES) {
    const file = path.join(cypherDir, `${name}.cypher`);
    try {
      const statement = readStatement(file);
      if (statement === '') problems.push(`${file}: empty statement`);
      text[name] = statement;
    } catch (cause) {
      problems.push(`${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }
  const known = new Set<string>(QUERY_NAMES);
  for (const folder of ['read', 'write']) {
    for (const file of listCypherFiles(path.join(cypherDir, folder), problems)) {
      const name = `${folder}/${file.replace(/\.cypher$/, '')}`;
      if (!known.has(name)) problems.push(`${path.join(cypherDir, folder, file)}: not listed in QUERY_NAMES (src/store/queries.ts)`);
    }
  }
  const schemaDir = path.join(cypherDir, 'schema');
  const schema = listCypherFiles(schemaDir, problems).map((file) => ({ file, text: readStatement(path.join(schemaDir, file)) }));
  for (const statement of schema) {
    if (statement.text === '') problems.push(`${path.join(schemaDir, statement.file)}: empty statement`);
  }
  if (problems.length > 0) {
    throw new StancegraphError('INTERNAL', `stancegraph's Cypher files are incomplete:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  loaded = { cypherDir, text, schema };
  return loaded;
}

function listCypherFiles(dir: string, problems: string[]): string[] {
  try {
    return readdirSync(dir)
      .filter((file) => file.endsWith('.cypher'))
      .sort();
  } catch (cause) {
    problems.push(`${dir}: ${cause instanceof Error ? cause.message : String(cause)}`);
    return [];
  }
}
