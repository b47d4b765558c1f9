import type { Store } from './driver.js';
import { loadQueries } from './queries.js';
import { runSchemaStatement, writeTx } from './run.js';

/**
 * Runs cypher/schema/*.cypher in file-name order (001-…, 002-…), each in its own transaction,
 * since Neo4j runs one schema statement per query. Every file is idempotent (IF NOT EXISTS), so
 * this runs at every start. Returns the file names applied.
 */
export async function applySchema(store: Store): Promise<string[]> {
  const { schema } = loadQueries();
  for (const statement of schema) {
    await writeTx(store, (tx) => runSchemaStatement(tx, statement));
  }
  return schema.map((statement) => statement.file);
}
