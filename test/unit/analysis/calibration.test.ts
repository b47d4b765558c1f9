import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { calibrationError, fitIsotonic, reliabilityTable } from '../../../src/analysis/calibration.js';
import { calibrateConfidence, loadCalibration, type Calibration } from '../../../src/config/calibration.js';
import { findProjectRoot } from '../../../src/config/env.js';
import { extractFromText, loadTestExtractor } from '../../helpers/invariants.js';

const judged = (confidence: number, right: number, wrong: number) => [
  ...Array.from({ length: right }, () => ({ confidence, correct: true })),
  ...Array.from({ length: wrong }, () => ({ confidence, correct: false })),
];

describe('calibration', () => {
  it('the reliability table bins confidence and gives each bin its precision', () => {
    const table = reliabilityTable([...judged(0.65, 3, 1), ...judged(0.8, 8, 2)], 5);
    expect(table.slice(3)).toEqual([
      { from: 0.6, to: 0.8, claims: 4, correct: 3, meanConfidence: 0.65, precision: 0.75 },
      { from: 0.8, to: 1, claims: 10, correct: 8, meanConfidence: 0.8, precision: 0.8 },
    ]);
    // |0.65 − 0.75| · 4/14 + |0.8 − 0.8| · 10/14
    expect(calibrationError(table)).toBeCloseTo(0.029, 3);
  });

  it('isotonic fit: smoothed precision per raw value, pools merged where precision would fall', () => {
    // 0.6: 4/4 right → (4+1)/(4+2) = 0.833; 0.7: 1/4 → 0.333 violates order, pooled: 5/8 → 6/10 = 0.6; 0.8: 9/10 → 10/12.
    expect(fitIsotonic([...judged(0.6, 4, 0), ...judged(0.7, 1, 3), ...judged(0.8, 9, 1)])).toEqual([
      { raw: 0.6, calibrated: 0.6 },
      { raw: 0.7, calibrated: 0.6 },
      { raw: 0.8, calibrated: 0.833 },
    ]);
  });

  it('applies the map by interpolation between knots, flat beyond them', () => {
    const map = { knots: [{ raw: 0.6, calibrated: 0.5 }, { raw: 0.8, calibrated: 0.9 }] } as Calibration;
    expect([0.3, 0.6, 0.7, 0.8, 0.95].map((raw) => calibrateConfidence(map, raw))).toEqual([0.5, 0.5, 0.7, 0.9, 0.9]);
    expect(calibrateConfidence(null, 0.73)).toBe(0.73);
  });

  it('data/calibration.json is valid and ingest applies it to every claim', () => {
    const calibration = loadCalibration(path.join(findProjectRoot(), 'data', 'calibration.json'));
    expect(calibration).not.toBeNull();
    const tools = loadTestExtractor();
    // A confident reading scores the top raw value (0.8), which the fitted map lowers to the precision measured there.
    const confident = 'وطالب السوداني بانسحاب القوات الأجنبية من العراق.';
    const [claim] = extractFromText(confident, tools).claims;
    const raw = extractFromText(confident, { ...tools, extractor: { ...tools.extractor, calibration: null } }).claims[0]!;
    expect(raw.confidence).toBe(0.8);
    expect(claim!.confidence).toBe(calibrateConfidence(calibration, raw.confidence));
    expect(claim!.confidence).not.toBe(raw.confidence);
  });
});
