import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Config } from '../../config/env.js';
import { InputError } from '../../errors.js';
import { GOLD_ISSUE, GoldFileSchema, predictedPairs, scoreArticle, totalsOf, type ArticleScore, type GoldFile } from '../../eval/score.js';
import { extractFiles, type Failure } from '../extraction.js';
import { fixtureGoldSets } from './gold-sets.js';

export interface EvalOptions {
  gold: string[];
  files: string[];
  format: 'json' | 'text';
}

interface GoldSet {
  goldFile: string;
  gold: GoldFile;
  /** Article key → file. */
  files: Map<string, string>;
}

export function readGold(file: string): GoldFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new InputError(`${file}: cannot read gold file (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
  const parsed = GoldFileSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(`${file}: invalid gold file:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Pairs each gold article key with a file: explicit FILEs by base name, else <key>.txt beside the gold or in known corpus folders. */
export function matchFiles(gold: GoldFile, goldFile: string, explicit: readonly string[], searchDirs: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const key of Object.keys(gold.articles)) {
    const given = explicit.find((f) => path.basename(f, path.extname(f)) === key);
    const found = given ?? [path.dirname(goldFile), path.join(path.dirname(goldFile), 'articles'), ...searchDirs].map((d) => path.join(d, `${key}.txt`)).find((f) => existsSync(f));
    if (found) files.set(key, found);
  }
  return files;
}

function defaultGoldSets(config: Config): string[] {
  const seeds = path.resolve(config.projectRoot, '..', 'shared', 'gold', 'seeds.gold.json');
  return [...(existsSync(seeds) ? [seeds] : []), ...fixtureGoldSets(config.projectRoot)];
}

function formatScores(name: string, scores: readonly ArticleScore[]): string {
  const t = totalsOf(scores);
  const lines = [`${name}: precision ${t.precision.toFixed(3)}  recall ${t.recall.toFixed(3)}  F1 ${t.f1.toFixed(3)}  (TP ${t.truePositives}, FP ${t.falsePositives}, FN ${t.misses})`];
  for (const s of scores) {
    for (const m of s.misses) lines.push(`  miss            ${s.article}: ${m.actor} ${m.stance}`);
    for (const f of s.falsePositives) lines.push(`  false positive  ${s.article}: ${f.actorId} ${f.stance}`);
  }
  return lines.join('\n');
}

export async function runEval(config: Config, options: EvalOptions): Promise<number> {
  const goldFiles = options.gold.length > 0 ? options.gold : defaultGoldSets(config);
  if (goldFiles.length === 0) throw new InputError('no gold file given and none found (../shared/gold/seeds.gold.json, test/fixtures/gold.json, test/fixtures/<set>/gold.json)');
  const searchDirs = [path.join(config.projectRoot, 'data', 'corpus'), path.join(config.projectRoot, 'test', 'fixtures', 'articles')];
  const sets: GoldSet[] = goldFiles.map((goldFile) => {
    const gold = readGold(goldFile);
    return { goldFile, gold, files: matchFiles(gold, goldFile, options.files, searchDirs) };
  });
  const report: { gold: string; totals: ReturnType<typeof totalsOf>; articles: ArticleScore[]; missingFiles: string[]; unreadFiles: Failure[] }[] = [];
  for (const set of sets) {
    const keys = [...set.files.keys()];
    const run = await extractFiles(config, keys.map((k) => set.files.get(k)!));
    const scores = keys.flatMap((key) => {
      const result = run.results.find((r) => r.article.file === set.files.get(key));
      // An article that could not be read found nothing: its gold claims count as misses, not as absent.
      const pairs = result ? predictedPairs(result.claims.filter((c) => c.issue === GOLD_ISSUE)) : [];
      return [scoreArticle(key, pairs, set.gold.articles[key]!, set.gold)];
    });
    const missingFiles = Object.keys(set.gold.articles).filter((k) => !set.files.has(k));
    report.push({ gold: set.goldFile, totals: totalsOf(scores), articles: scores, missingFiles, unreadFiles: run.failures });
  }
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    for (const r of report) {
      process.stdout.write(`${formatScores(path.relative(process.cwd(), r.gold) || r.gold, r.articles)}\n`);
      if (r.missingFiles.length > 0) process.stdout.write(`  no article file for: ${r.missingFiles.join(', ')}\n`);
      for (const unread of r.unreadFiles) process.stdout.write(`  could not read (scored as finding nothing): ${unread.message}\n`);
    }
  }
  return 0;
}
