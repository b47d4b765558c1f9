import type { Config } from '../../config/env.js';
import { InputError } from '../../errors.js';
import type { ExtractionResult } from '../../ingest/model.js';
import { extractFiles, type Failure } from '../extraction.js';
import { formatTable } from '../output.js';

export interface ExtractOptions {
  files: string[];
  format: 'json' | 'table';
  explain: boolean;
}

/** The extract JSON contract: one entry per file, claims with evidence offsets into the file as read. */
export function toContract(result: ExtractionResult, explain: boolean) {
  const { article } = result;
  return {
    file: article.file,
    article: { outlet: article.outlet, publishedAt: article.publishedAt, language: article.language, title: article.title },
    claims: result.claims.map((claim) => ({
      actor: { id: claim.actor.id, name: claim.actor.name, nameAr: claim.actor.nameAr, nameEn: claim.actor.nameEn, aliases: claim.actor.aliases },
      issue: claim.issue,
      stance: claim.stance,
      qualifiers: claim.qualifiers,
      evidence: claim.evidence,
      confidence: claim.confidence,
      ...(explain ? { explain: claim.trail } : {}),
    })),
  };
}

function explainLine(result: ExtractionResult['claims'][number]): string {
  const t = result.trail;
  return `cue "${t.cue}" · predicate ${t.predicate === null ? '—' : `"${t.predicate}"`} · ${t.negated ? 'negated' : 'not negated'}${t.conditional ? ' · conditional' : ''} · speaker by ${t.attribution}`;
}

function toTable(results: readonly ExtractionResult[], explain: boolean): string {
  return results
    .map((result) => {
      const a = result.article;
      const heading = `${a.file ?? 'article'} — ${a.outlet ?? 'unknown outlet'}, ${a.publishedAt ?? 'undated'}, ${a.language}`;
      if (result.claims.length === 0) return `${heading}\n  (no claims)`;
      const rows = result.claims.map((c) => [c.actor.name, c.stance, c.qualifiers.join(',') || '—', c.confidence.toFixed(2), `${c.evidence.start}-${c.evidence.end}`]);
      const table = formatTable(['actor', 'stance', 'qualifiers', 'conf', 'span'], rows);
      const quotes = result.claims.map((c, i) => `  [${i + 1}] ${c.evidence.text}${explain ? `\n      ${explainLine(c)}` : ''}`).join('\n');
      return `${heading}\n${table}\n${quotes}`;
    })
    .join('\n\n');
}

export function failureReport(failures: readonly Failure[]): string {
  return failures.map((f) => `error: ${f.message}`).join('\n');
}

export async function runExtract(config: Config, options: ExtractOptions): Promise<number> {
  if (options.files.length === 0) throw new InputError('extract needs at least one FILE');
  const run = await extractFiles(config, options.files);
  const output = options.format === 'json' ? JSON.stringify(run.results.map((r) => toContract(r, options.explain)), null, 2) : toTable(run.results, options.explain);
  process.stdout.write(`${output}\n`);
  if (run.failures.length > 0) {
    process.stderr.write(`${failureReport(run.failures)}\n${run.failures.length} of ${options.files.length} files failed\n`);
    return 1;
  }
  return 0;
}
