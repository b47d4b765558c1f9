import path from 'node:path';
import { findProjectRoot } from '../config/env.js';
import { loadLexicon, type Lexicon } from '../config/lexicon.js';
import { createExtractor, type Extractor } from '../ingest/pipeline.js';
import { loadArabicWordList } from '../ingest/repair.js';

/** What ingestArticle needs: built once per server (the lexicon compiles in a second or two). */
export interface IngestTools {
  lexicon: Lexicon;
  extractor: Extractor;
}

/** Loads data/ and compiles the extractor. */
export function loadIngestTools(projectRoot = findProjectRoot()): IngestTools {
  const lexicon = loadLexicon(path.join(projectRoot, 'data'));
  return { lexicon, extractor: createExtractor(lexicon, loadArabicWordList()) };
}

/** A lazy, memoised loader: nothing is read until the first call, and the first call's result is kept. */
export function lazyIngestTools(load: () => IngestTools = loadIngestTools): () => Promise<IngestTools> {
  let tools: Promise<IngestTools> | undefined;
  return () => {
    tools ??= Promise.resolve().then(load);
    // A failure (e.g. a broken lexicon file) is not cached, so fixing data/ does not need a restart.
    tools.catch(() => {
      tools = undefined;
    });
    return tools;
  };
}
