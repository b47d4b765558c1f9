import type { Config } from '../../config/env.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError, StancegraphError, StoreError } from '../../errors.js';
import { toGraphBatch } from '../../ingest/claims.js';
import { listArticleFiles } from '../../ingest/load.js';
import { verifyConnectivity, type Store } from '../../store/driver.js';
import type { GraphBatch } from '../../ingest/model.js';
import { saveBatch, type SaveResult } from '../../store/write.js';
import { connectStore } from '../connect.js';
import { extractFiles, type Failure } from '../extraction.js';
import { createProgress, type Progress } from '../output.js';
import { failureReport } from './extract.js';

export interface IngestOptions {
  paths: string[];
  format: 'json' | 'text';
}

export interface IngestSummary {
  files: number;
  saved: SaveResult;
  failures: Failure[];
}

/** Extracts the files and writes them in one batch; failed files are reported and nothing of theirs is stored. */
export async function ingestPaths(config: Config, store: Store, paths: readonly string[], progress: Progress): Promise<IngestSummary> {
  const files = await listArticleFiles(paths);
  if (files.length === 0) throw new InputError(`no article files (.txt, .md) found in ${paths.join(', ')}`);
  const run = await extractFiles(config, files, (index, file) => progress(`[${index + 1}/${files.length}] ${file}`));
  const batch = toGraphBatch(run.results, run.extractor.issues, run.extractor.gazetteer);
  progress(`writing ${batch.claims.length} claims from ${batch.articles.length} articles`);
  const saved = await saveRidingOutRestarts(store, batch, progress);
  return { files: files.length, saved, failures: run.failures };
}

/** How long an ingest waits for Neo4j to come back when it goes away during the write: a restart takes 10–60 s. */
export const RECONNECT_WAIT_MS = 120_000;
const RECONNECT_POLL_MS = 1_000;

function isOutage(error: unknown): boolean {
  return error instanceof StancegraphError && error.code === 'STORE_UNAVAILABLE';
}

/**
 * The batch is one transaction and every write in it is a MERGE, so when Neo4j goes away during
 * it (a restart, a failover) longer than the driver's own retries last, the whole write is simply
 * done again once Neo4j answers. Gives up with a message saying so after RECONNECT_WAIT_MS.
 */
async function saveRidingOutRestarts(store: Store, batch: GraphBatch, progress: Progress): Promise<SaveResult> {
  const deadline = Date.now() + RECONNECT_WAIT_MS;
  for (;;) {
    try {
      return await saveBatch(store, batch);
    } catch (error) {
      if (!isOutage(error)) throw error;
      progress(`Neo4j went away during the write; waiting up to ${RECONNECT_WAIT_MS / 1000} s for it to come back...`);
      await waitForNeo4j(store, deadline, error);
      progress('Neo4j is back; writing the batch again');
    }
  }
}

async function waitForNeo4j(store: Store, deadline: number, outage: unknown): Promise<void> {
  while (Date.now() < deadline) {
    try {
      await verifyConnectivity(store, { timeoutMs: RECONNECT_POLL_MS * 5 });
      return;
    } catch (error) {
      if (!isOutage(error)) throw error;
      await sleep(RECONNECT_POLL_MS);
    }
  }
  throw new StoreError(
    `Neo4j at ${store.uri} went away during the write and was not back within ${RECONNECT_WAIT_MS / 1000} s. ` +
      'The write is one transaction and safe to repeat: run the same ingest again.',
    { unavailable: true, cause: outage },
  );
}

export async function runIngest(config: Config, options: IngestOptions): Promise<number> {
  if (options.paths.length === 0) throw new InputError('ingest needs at least one FILE or DIR');
  const progress = createProgress({ quiet: config.ci || options.format === 'json' });
  const { store } = await connectStore(config, progress);
  try {
    const summary = await ingestPaths(config, store, options.paths, progress);
    if (options.format === 'json') process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      const s = summary.saved;
      process.stdout.write(`ingested ${summary.files - summary.failures.length} of ${summary.files} files: ${s.articles} articles, ${s.actors} actors, ${s.claims} claims, ${s.positions} positions\n`);
    }
    if (summary.failures.length > 0) {
      process.stderr.write(`${failureReport(summary.failures)}\n${summary.failures.length} of ${summary.files} files failed\n`);
      return 1;
    }
    return 0;
  } finally {
    await store.close();
  }
}
