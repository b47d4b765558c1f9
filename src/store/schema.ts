import { z } from 'zod';
import type { Store } from './driver.js';
import { loadQueries } from './queries.js';
import { readTx, runQuery, runSchemaStatement, runStatement, writeTx } from './run.js';
import { searchTextOf } from './search.js';

/**
 * A data migration: code run once, after the schema files, for what Cypher alone cannot do.
 * Versions sort after every cypher/schema file of their time and are never renamed.
 */
interface CodeMigration {
  version: string;
  run: (store: Store) => Promise<void>;
}

const CODE_MIGRATIONS: readonly CodeMigration[] = [
  // Graphs written before the full-text index have Actor and Claim nodes without `search`.
  { version: '011a-fold-search-text', run: backfillSearch },
];

/** How long applySchema waits for new indexes to be filled: minutes for a graph of millions of claims. */
const INDEX_ONLINE_TIMEOUT_SECONDS = 600;

export interface AppliedSchema {
  /** Every migration version, applied now or before, in order. */
  versions: string[];
  /** The versions this call applied. */
  applied: string[];
}

/**
 * Brings the database to the current schema: runs each cypher/schema/NNN-….cypher file and each
 * code migration that is not yet recorded as a (:Migration {version, appliedAt}) node, in
 * version order, one transaction each (Neo4j runs one schema statement per transaction), and
 * records it. Every schema file is idempotent (IF NOT EXISTS) as well, so a database whose
 * records were lost is simply brought up to date again. Runs at every start.
 */
export async function applySchema(store: Store): Promise<AppliedSchema> {
  const { schema } = loadQueries();
  const done = new Set(
    (await readTx(store, (tx) => runQuery(tx, 'read/applied-migrations', {}, z.object({ version: z.string() })))).map((row) => row.version),
  );
  const steps = [
    ...schema.map((statement) => ({
      version: statement.file.replace(/\.cypher$/, ''),
      run: () => writeTx(store, (tx) => runSchemaStatement(tx, statement)),
    })),
    ...CODE_MIGRATIONS.map((migration) => ({ version: migration.version, run: () => migration.run(store) })),
  ].sort((a, b) => a.version.localeCompare(b.version));
  const applied: string[] = [];
  for (const step of steps) {
    if (done.has(step.version)) continue;
    await step.run();
    await writeTx(store, (tx) => runStatement(tx, 'write/record-migration', { version: step.version, appliedAt: new Date().toISOString() }));
    applied.push(step.version);
  }
  // An index a migration created is filled in the background; searching it before it is online fails.
  if (applied.length > 0) await readTx(store, (tx) => runStatement(tx, 'read/await-indexes', { timeoutSeconds: INDEX_ONLINE_TIMEOUT_SECONDS }));
  return { versions: steps.map((step) => step.version), applied };
}

const UnsearchableRowSchema = z.object({ elementId: z.string(), texts: z.array(z.string().nullable()) });

/** Sets the folded `search` property on every Actor and Claim that lacks it, a chunk per transaction. */
async function backfillSearch(store: Store, chunkSize = 5000): Promise<void> {
  for (;;) {
    const rows = await readTx(store, (tx) => runQuery(tx, 'read/unsearchable-nodes', { limit: chunkSize }, UnsearchableRowSchema));
    if (rows.length === 0) return;
    const updates = rows.map((row) => ({ elementId: row.elementId, search: searchTextOf(row.texts) }));
    await writeTx(store, (tx) => runStatement(tx, 'write/set-search', { rows: updates }));
    if (rows.length < chunkSize) return;
  }
}
