import { z } from 'zod';
import type { Claim, Stance } from '../ingest/model.js';
import { StanceSchema } from '../ingest/model.js';
import { foldText } from '../ingest/normalize.js';

const GoldClaimSchema = z.object({
  actor: z.string().min(1),
  stance: StanceSchema,
  accept: z.array(StanceSchema).default([]),
  optional: z.boolean().default(false),
  evidence: z.string().optional(),
});

export const GoldFileSchema = z
  .object({
    about: z.string().optional(),
    actors: z.record(z.string(), z.array(z.string().min(1))),
    articles: z.record(z.string(), z.array(GoldClaimSchema)),
  })
  .superRefine((gold, ctx) => {
    for (const [article, claims] of Object.entries(gold.articles)) {
      claims.forEach((claim, i) => {
        if (!(claim.actor in gold.actors)) ctx.addIssue({ code: 'custom', path: ['articles', article, i, 'actor'], message: `unknown actor key "${claim.actor}"` });
      });
    }
  });
export type GoldFile = z.infer<typeof GoldFileSchema>;
export type GoldClaim = z.infer<typeof GoldClaimSchema>;

/** The gold file's name normalisation: folded letters, no leading article, no case or punctuation. */
export function normalizeName(name: string): string {
  return foldText(name)
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/[\s-]+/)
    .filter((w) => w.length > 0)
    .map((w, i) => (i === 0 ? w.replace(/^ال(?=.{2,})/, '') : w))
    .filter((w, i) => !(i === 0 && (w === 'the' || w === 'al')))
    .filter((w) => w !== 'al')
    .join(' ');
}

/** The gold files annotate stances on withdrawal only: claims on other issues are not scored. */
export const GOLD_ISSUE = 'withdrawal';

export interface PredictedPair {
  names: string[];
  stance: Stance;
  actorId: string;
}

export interface ArticleScore {
  article: string;
  truePositives: number;
  falsePositives: { actorId: string; stance: Stance }[];
  misses: GoldClaim[];
}

export function predictedPairs(claims: readonly Claim[]): PredictedPair[] {
  const pairs = new Map<string, PredictedPair>();
  for (const claim of claims) {
    const key = `${claim.actor.id}|${claim.stance}`;
    if (!pairs.has(key)) {
      const names = [claim.actor.name, claim.actor.nameAr, claim.actor.nameEn, ...claim.actor.aliases].filter((n): n is string => n !== null);
      pairs.set(key, { names, stance: claim.stance, actorId: claim.actor.id });
    }
  }
  return [...pairs.values()];
}

function goldActorsOf(pair: PredictedPair, gold: GoldFile): Set<string> {
  const names = new Set(pair.names.map(normalizeName));
  const keys = new Set<string>();
  for (const [key, variants] of Object.entries(gold.actors)) {
    if (variants.some((v) => names.has(normalizeName(v)))) keys.add(key);
  }
  return keys;
}

/** Scores one article's predictions as the shared gold README describes. */
export function scoreArticle(article: string, pairs: readonly PredictedPair[], goldClaims: readonly GoldClaim[], gold: GoldFile): ArticleScore {
  const found = new Set<GoldClaim>();
  const falsePositives: ArticleScore['falsePositives'] = [];
  for (const pair of pairs) {
    const actors = goldActorsOf(pair, gold);
    const matching = goldClaims.filter((c) => actors.has(c.actor) && (c.stance === pair.stance || c.accept.includes(pair.stance)));
    if (matching.length > 0) {
      for (const claim of matching) found.add(claim);
      continue;
    }
    if (pair.stance === 'neutral') continue;
    falsePositives.push({ actorId: pair.actorId, stance: pair.stance });
  }
  const scored = [...found].filter((c) => !c.optional);
  const misses = goldClaims.filter((c) => !c.optional && c.stance !== 'neutral' && !found.has(c));
  return { article, truePositives: scored.length, falsePositives, misses };
}

export interface Totals {
  truePositives: number;
  falsePositives: number;
  misses: number;
  precision: number;
  recall: number;
  f1: number;
}

export function totalsOf(scores: readonly ArticleScore[]): Totals {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const fn = scores.reduce((n, s) => n + s.misses.length, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, misses: fn, precision, recall, f1 };
}
