import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { calibrationError, fitIsotonic, reliabilityTable, type Judged } from '../../analysis/calibration.js';
import { calibrateConfidence, CalibrationSchema, type Calibration, type ReliabilityBin } from '../../config/calibration.js';
import type { Config } from '../../config/env.js';
import { InputError } from '../../errors.js';
import { GOLD_ISSUE, predictedPairs, scoreArticle, type GoldFile } from '../../eval/score.js';
import { readArticleFile } from '../../ingest/load.js';
import type { Claim } from '../../ingest/model.js';
import { extractClaims } from '../../ingest/pipeline.js';
import { prepareExtractor } from '../extraction.js';
import { matchFiles, readGold } from './eval.js';
import { fixtureGoldSets } from './gold-sets.js';

export interface CalibrateOptions {
  /** Bins of the reliability table. */
  bins: number;
  /** Where to write the map; data/calibration.json by default. */
  out?: string | undefined;
}


/**
 * Judges one claim as the scorer judges a prediction: right when the gold has its actor with
 * that stance (or one it accepts). A neutral claim the gold does not list is not counted, as
 * the scorer does not count it either.
 */
function judge(claim: Claim, article: string, gold: GoldFile): Judged | null {
  const score = scoreArticle(article, predictedPairs([claim]), gold.articles[article] ?? [], gold);
  if (score.falsePositives.length > 0) return { confidence: claim.confidence, correct: false };
  if (score.truePositives > 0) return { confidence: claim.confidence, correct: true };
  return claim.stance === 'neutral' ? null : { confidence: claim.confidence, correct: true };
}

function formatTable(title: string, table: readonly ReliabilityBin[]): string {
  const rows = table.map(
    (b) => `  ${b.from.toFixed(1)}–${b.to.toFixed(1)}  ${String(b.claims).padStart(6)}  ${String(b.correct).padStart(7)}  ${b.meanConfidence === null ? '     —' : b.meanConfidence.toFixed(3).padStart(6)}  ${b.precision === null ? '        —' : b.precision.toFixed(3).padStart(9)}`,
  );
  return [`${title} (expected calibration error ${calibrationError(table).toFixed(3)})`, '  bin       claims  correct    mean  precision', ...rows].join('\n');
}

export async function runCalibrate(config: Config, options: CalibrateOptions): Promise<number> {
  const { lexicon, extractor } = prepareExtractor(config);
  const raw = { ...extractor, calibration: null };
  const judged: Judged[] = [];
  const goldFiles = fixtureGoldSets(config.projectRoot);
  for (const goldFile of goldFiles) {
    const gold = readGold(goldFile);
    for (const [key, file] of matchFiles(gold, goldFile, [], [])) {
      const { claims } = extractClaims(await readArticleFile(file, lexicon), raw);
      for (const claim of claims) {
        if (claim.issue !== GOLD_ISSUE) continue;
        const verdict = judge(claim, key, gold);
        if (verdict) judged.push(verdict);
      }
    }
  }
  if (judged.length === 0) throw new InputError('no claims to calibrate on: the gold fixtures gave none');
  const knots = fitIsotonic(judged);
  const draft: Calibration = { version: 1, method: 'isotonic', fittedOn: goldFiles.map((file) => path.relative(config.projectRoot, file)), claims: judged.length, raw: reliabilityTable(judged, options.bins), calibrated: [], knots };
  draft.calibrated = reliabilityTable(
    judged.map((j) => ({ ...j, confidence: calibrateConfidence(draft, j.confidence) })),
    options.bins,
  );
  const calibration = CalibrationSchema.parse(draft);
  const out = options.out ?? path.join(config.projectRoot, 'data', 'calibration.json');
  await writeFile(out, `${JSON.stringify(calibration, null, 2)}\n`, 'utf8');
  process.stdout.write(`${formatTable('raw confidence', calibration.raw)}\n${formatTable('calibrated', calibration.calibrated)}\n`);
  process.stdout.write(`knots: ${knots.map((k) => `${k.raw}→${k.calibrated}`).join('  ')}\nwrote ${out} (${judged.length} claims)\n`);
  return 0;
}
