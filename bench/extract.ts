import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findProjectRoot } from '../src/config/env.js';
import { loadLexicon, type ActorEntry, type Lexicon } from '../src/config/lexicon.js';
import { parseArticle } from '../src/ingest/load.js';
import { createExtractor, extractClaims } from '../src/ingest/pipeline.js';
import { loadArabicWordList } from '../src/ingest/repair.js';

const TARGET_BYTES = 20 * 1024 * 1024;
const ARTICLE_SENTENCES = 12;
const WARM_UP_ARTICLES = 2000;

/** Real sentences from the sample corpus, shuffled deterministically into ≥20 MB of articles. */
function generateCorpus(root: string): string[] {
  const dir = path.join(root, 'data', 'corpus');
  const sentences = readdirSync(dir)
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/(?<=[.؟!])\s*/u))
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
  const articles: string[] = [];
  let bytes = 0;
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  while (bytes < TARGET_BYTES) {
    const parts: string[] = [];
    for (let i = 0; i < ARTICLE_SENTENCES; i++) parts.push(sentences[next() % sentences.length]!);
    const text = parts.join(' ');
    articles.push(text);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return articles;
}

/** Grows the gazetteer with synthetic actors so matching cost can be compared across lexicon sizes. */
function withSyntheticActors(lexicon: Lexicon, count: number): Lexicon {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const word = (n: number, len: number) => Array.from({ length: len }, (_, i) => letters[(n * (i + 7) + i * i * 3) % letters.length]).join('');
  const extra: ActorEntry[] = Array.from({ length: count }, (_, n) => ({
    id: `synthetic-${n}`,
    type: 'person',
    nameAr: `${word(n, 5)} ${word(n + 1, 6)}`,
    nameEn: `Synthetic Person ${n}`,
    aliases: [word(n + 2, 7)],
    partOf: [],
  }));
  return { ...lexicon, actors: [...lexicon.actors, ...extra] };
}

export function benchExtract(): { actors: number; mb: number; seconds: number; mbPerSecond: number; claims: number }[] {
  const root = findProjectRoot();
  const base = loadLexicon(path.join(root, 'data'));
  const words = loadArabicWordList();
  const articles = generateCorpus(root);
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a, 'utf8'), 0) / 1048576;
  return [0, 5000].map((syntheticCount) => {
    const lexicon = withSyntheticActors(base, syntheticCount);
    const extractor = createExtractor(lexicon, words);
    // Warm the JIT on a slice of the corpus so that both lexicon sizes are timed at full speed.
    for (const text of articles.slice(0, WARM_UP_ARTICLES)) extractClaims(parseArticle(text, lexicon), extractor);
    const started = process.hrtime.bigint();
    let claims = 0;
    for (const text of articles) claims += extractClaims(parseArticle(text, lexicon), extractor).claims.length;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { actors: lexicon.actors.length, mb, seconds, mbPerSecond: mb / seconds, claims };
  });
}
