import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../errors.js';

/**
 * The map from the extractor's raw confidence to a calibrated one (data/calibration.json,
 * written by `stancegraph calibrate`): knots of (raw, observed precision) from the annotated
 * fixtures, monotone, applied by linear interpolation between knots and held flat beyond them.
 */

const Probability = z.number().min(0).max(1);

export const ReliabilityBinSchema = z.object({
  /** Raw confidence range [from, to); the last bin includes 1. */
  from: Probability,
  to: Probability,
  claims: z.number().int().min(0),
  correct: z.number().int().min(0),
  /** Mean raw confidence of the bin's claims (null when empty). */
  meanConfidence: Probability.nullable(),
  /** correct / claims (null when empty). */
  precision: Probability.nullable(),
});
export type ReliabilityBin = z.infer<typeof ReliabilityBinSchema>;

export const CalibrationSchema = z.object({
  version: z.literal(1),
  method: z.literal('isotonic'),
  /** The gold files the map was fitted on. */
  fittedOn: z.array(z.string()),
  claims: z.number().int().min(0),
  /** Reliability of the raw confidence, for the record (README). */
  raw: z.array(ReliabilityBinSchema),
  /** Reliability of the calibrated confidence on the same claims. */
  calibrated: z.array(ReliabilityBinSchema),
  knots: z
    .array(z.object({ raw: Probability, calibrated: Probability }))
    .min(1)
    .refine((knots) => knots.every((k, i) => i === 0 || (k.raw > knots[i - 1]!.raw && k.calibrated >= knots[i - 1]!.calibrated)), 'knots must rise in raw and not fall in calibrated'),
});
export type Calibration = z.infer<typeof CalibrationSchema>;

/** Reads the calibration map; none (null) when the file does not exist. */
export function loadCalibration(file: string): Calibration | null {
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new ConfigError(`${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  const parsed = CalibrationSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`${file}: invalid calibration:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The calibrated confidence for a raw one (two decimals); the raw one when there is no map. */
export function calibrateConfidence(calibration: Calibration | null, raw: number): number {
  if (calibration === null) return raw;
  const { knots } = calibration;
  const first = knots[0]!;
  const last = knots[knots.length - 1]!;
  let value: number;
  if (raw <= first.raw) value = first.calibrated;
  else if (raw >= last.raw) value = last.calibrated;
  else {
    const upper = knots.findIndex((k) => k.raw >= raw);
    const a = knots[upper - 1]!;
    const b = knots[upper]!;
    value = a.calibrated + ((raw - a.raw) / (b.raw - a.raw)) * (b.calibrated - a.calibrated);
  }
  return Math.round(value * 100) / 100;
}
