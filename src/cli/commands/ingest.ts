import type { Config } from '../../config/env.js';
import { InputError } from '../../errors.js';
import { toGraphBatch } from '../../ingest/claims.js';
import { listArticleFiles } from '../../ingest/load.js';
import type { Store } from '../../store/driver.js';
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
  const saved = await saveBatch(store, batch);
  return { files: files.length, saved, failures: run.failures };
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
