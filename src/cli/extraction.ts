import type { Config } from '../config/env.js';
import { loadLexicon, type Lexicon } from '../config/lexicon.js';
import { isUserFacing } from '../errors.js';
import { readArticleFile } from '../ingest/load.js';
import type { ExtractionResult } from '../ingest/model.js';
import { createExtractor, extractClaims, type Extractor } from '../ingest/pipeline.js';
import { loadArabicWordList } from '../ingest/repair.js';
import path from 'node:path';

export interface Failure {
  file: string;
  message: string;
}

export interface ExtractionRun {
  lexicon: Lexicon;
  extractor: Extractor;
  results: ExtractionResult[];
  failures: Failure[];
}

export function prepareExtractor(config: Config): { lexicon: Lexicon; extractor: Extractor } {
  const lexicon = loadLexicon(path.join(config.projectRoot, 'data'));
  return { lexicon, extractor: createExtractor(lexicon, loadArabicWordList()) };
}

/** Extracts every file; a file that cannot be read is listed as a failure and the others go on. */
export async function extractFiles(config: Config, files: readonly string[], onFile?: (index: number, file: string) => void): Promise<ExtractionRun> {
  const { lexicon, extractor } = prepareExtractor(config);
  const results: ExtractionResult[] = [];
  const failures: Failure[] = [];
  for (const [index, file] of files.entries()) {
    onFile?.(index, file);
    try {
      results.push(extractClaims(await readArticleFile(file, lexicon), extractor));
    } catch (error) {
      if (!isUserFacing(error)) throw error;
      failures.push({ file, message: error.message });
    }
  }
  return { lexicon, extractor, results, failures };
}
