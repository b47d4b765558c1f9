import { beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../src/errors.js';
import { parseArticle } from '../../src/ingest/load.js';
import { extractClaims } from '../../src/ingest/pipeline.js';
import { projectRoot } from '../helpers/cli.js';
import { loadTestExtractor } from '../helpers/invariants.js';

/**
 * Pasted fragments are what analysts feed the extractor by hand: a paragraph without its header, a selection
 * that starts or stops mid-word, a line that opens with a dash or ends on an outlet's name. Every fixture
 * article cut into such pieces must extract without an internal error, with every evidence span exact.
 */

const WINDOWS_PER_ARTICLE = 12;

function fixtureArticles(): { name: string; text: string }[] {
  const root = path.join(projectRoot, 'test/fixtures');
  return readdirSync(root)
    .map((set) => path.join(root, set, 'articles'))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).map((file) => ({ name: path.join(path.basename(path.dirname(dir)), file), text: readFileSync(path.join(dir, file), 'utf8') })));
}

/** Each paragraph alone, and windows of 40–640 characters at spread-out offsets (the same ones every run). */
function piecesOf(text: string): string[] {
  const paragraphs = text.split(/\n+/).filter((p) => p.trim() !== '');
  const windows = Array.from({ length: WINDOWS_PER_ARTICLE }, (_, k) => {
    const start = (k * 7919 + text.length * 31) % text.length;
    return text.slice(start, Math.min(text.length, start + 40 + ((k * 104729) % 600)));
  });
  return [...paragraphs, ...windows];
}

let tools: ReturnType<typeof loadTestExtractor>;
beforeAll(() => {
  tools = loadTestExtractor();
});

describe('articles cut into pasted fragments', () => {
  it('every paragraph alone and every cut-out window extracts without an internal error, spans exact', () => {
    const failures: string[] = [];
    let extracted = 0;
    for (const { name, text } of fixtureArticles()) {
      for (const piece of piecesOf(text)) {
        let article;
        try {
          article = parseArticle(piece, tools.lexicon, { file: 'piece.txt' });
        } catch (error) {
          // Too short or in no language stancegraph reads: refused with a clear reason, which is right.
          if (error instanceof InputError) continue;
          failures.push(`${name}: load: ${String(error)}: ${JSON.stringify(piece.slice(0, 80))}`);
          continue;
        }
        try {
          const { claims } = extractClaims(article, tools.extractor);
          extracted++;
          for (const claim of claims) {
            if (article.text.slice(claim.evidence.start, claim.evidence.end) !== claim.evidence.text) failures.push(`${name}: span ${claim.evidence.start}-${claim.evidence.end}`);
          }
        } catch (error) {
          failures.push(`${name}: ${String(error)}: ${JSON.stringify(piece.slice(0, 80))}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(extracted).toBeGreaterThan(10_000);
  });
});
