import type { ReliabilityBin } from '../config/calibration.js';

/** One extracted claim checked against the gold: its confidence and whether it was right. */
export interface Judged {
  confidence: number;
  correct: boolean;
}

/** Equal-width bins of confidence with the share of claims in each that were right (a reliability diagram's table). */
export function reliabilityTable(points: readonly Judged[], bins: number): ReliabilityBin[] {
  return Array.from({ length: bins }, (_, i) => {
    const from = i / bins;
    const to = (i + 1) / bins;
    const inBin = points.filter((p) => p.confidence >= from && (p.confidence < to || (i === bins - 1 && p.confidence <= 1)));
    const correct = inBin.filter((p) => p.correct).length;
    const mean = inBin.length === 0 ? null : round(inBin.reduce((s, p) => s + p.confidence, 0) / inBin.length);
    return { from: round(from), to: round(to), claims: inBin.length, correct, meanConfidence: mean, precision: inBin.length === 0 ? null : round(correct / inBin.length) };
  });
}

/** Expected calibration error: the claim-weighted mean gap between confidence and precision over the bins. */
export function calibrationError(table: readonly ReliabilityBin[]): number {
  const total = table.reduce((n, b) => n + b.claims, 0);
  if (total === 0) return 0;
  return round(table.reduce((sum, b) => (b.claims === 0 ? sum : sum + (b.claims / total) * Math.abs(b.meanConfidence! - b.precision!)), 0));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Isotonic regression (pool adjacent violators) of correctness on raw confidence: one knot per
 * distinct raw value, its calibrated value the smoothed precision (correct + 1) / (claims + 2)
 * of its pool, so that a handful of claims cannot claim certainty; pools merge until the
 * calibrated values never fall as the raw ones rise.
 */
export function fitIsotonic(points: readonly Judged[]): { raw: number; calibrated: number }[] {
  const byValue = new Map<number, { correct: number; claims: number }>();
  for (const p of points) {
    const entry = byValue.get(p.confidence) ?? { correct: 0, claims: 0 };
    byValue.set(p.confidence, entry);
    entry.claims++;
    if (p.correct) entry.correct++;
  }
  const pools: { raws: number[]; correct: number; claims: number }[] = [];
  const rate = (pool: { correct: number; claims: number }) => (pool.correct + 1) / (pool.claims + 2);
  for (const [raw, entry] of [...byValue].sort(([a], [b]) => a - b)) {
    pools.push({ raws: [raw], ...entry });
    while (pools.length > 1 && rate(pools[pools.length - 2]!) > rate(pools[pools.length - 1]!)) {
      const top = pools.pop()!;
      const below = pools[pools.length - 1]!;
      below.raws.push(...top.raws);
      below.correct += top.correct;
      below.claims += top.claims;
    }
  }
  return pools.flatMap((pool) => pool.raws.map((raw) => ({ raw, calibrated: Math.round(rate(pool) * 1000) / 1000 })));
}
