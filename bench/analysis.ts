import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { articleId } from '../src/ingest/claims.js';
import type { ClaimFact } from '../src/analysis/claims.js';
import { alignmentOf, seededRandom } from '../src/analysis/coalitions.js';
import { detectChanges } from '../src/analysis/timeline.js';
import type { Stance } from '../src/ingest/model.js';
import { loadConfig } from '../src/config/env.js';
import { extractFiles } from '../src/cli/extraction.js';
import { readdirSync } from 'node:fs';

export interface AnalysisResult {
  graph: string;
  claims: number;
  actors: number;
  edges: number;
  coalitions: number;
  /** Median over runs of network + coalitions, in ms. */
  milliseconds: number;
  changesMilliseconds: number;
}

function time(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function measure(graph: string, facts: ClaimFact[], runs: number): AnalysisResult {
  const alignment = alignmentOf(facts, { normalization: 'jaccard' });
  return {
    graph,
    claims: facts.length,
    actors: alignment.network.nodes.length,
    edges: alignment.network.edges.length,
    coalitions: alignment.coalitions.coalitions.length,
    milliseconds: time(runs, () => alignmentOf(facts, { normalization: 'jaccard' })),
    changesMilliseconds: time(runs, () => detectChanges(facts)),
  };
}

/** `blocs` camps of `actorsPerBloc` actors over `issues` issues, each camp on its own side, with 10 % noise. */
export function generatedFacts(blocs: number, actorsPerBloc: number, issues: number, claimsPerActor: number, seed = 1): ClaimFact[] {
  const random = seededRandom(seed);
  const facts: ClaimFact[] = [];
  for (let b = 0; b < blocs; b++) {
    for (let a = 0; a < actorsPerBloc; a++) {
      for (let c = 0; c < claimsPerActor; c++) {
        const issue = Math.floor(random() * issues);
        const side = (b + issue) % 2 === 0;
        const stance: Stance = random() < 0.9 === side ? 'supports' : 'opposes';
        const day = 1 + Math.floor(random() * 28);
        facts.push({
          id: `b${b}a${a}c${c}`,
          actorId: `bloc${b}-actor${a}`,
          issueId: `issue${issue}`,
          stance,
          confidence: 0.8,
          quote: '',
          occurrences: [{ articleId: `art${facts.length}`, outlet: `outlet${b % 4}`, date: `2024-0${1 + (c % 9)}-${String(day).padStart(2, '0')}`, url: null, start: 0, end: 0 }],
        });
      }
    }
  }
  return facts;
}

/** Network + coalitions on the sample corpus (extracted in memory) and on a generated graph. */
export async function benchAnalysis(): Promise<AnalysisResult[]> {
  const config = loadConfig();
  const dir = path.join(config.projectRoot, 'data', 'corpus');
  const run = await extractFiles(config, readdirSync(dir).sort().map((f) => path.join(dir, f)));
  const sample = run.results.flatMap(({ article, claims }) =>
    claims.map((claim, i): ClaimFact => ({
      id: `${articleId(article.sha256)}-${i}`,
      actorId: claim.actor.id,
      issueId: claim.issue,
      stance: claim.stance,
      confidence: claim.confidence,
      quote: claim.evidence.text,
      occurrences: [{ articleId: articleId(article.sha256), outlet: article.outlet, date: article.publishedAt?.slice(0, 10) ?? null, url: article.url, start: claim.evidence.start, end: claim.evidence.end }],
    })),
  );
  return [measure('sample corpus', sample, 21), measure('generated: 4 blocs × 125 actors, 6 issues', generatedFacts(4, 125, 6, 40), 5)];
}
