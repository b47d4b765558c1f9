import type { Stance } from '../ingest/model.js';

/** Claims counted by their own stance. */
export interface StanceCounts {
  supports: number;
  opposes: number;
  mixed: number;
  neutral: number;
}

/** Counts claims by stance. */
export function countStances(stances: Iterable<Stance>): StanceCounts {
  const counts: StanceCounts = { supports: 0, opposes: 0, mixed: 0, neutral: 0 };
  for (const stance of stances) counts[stance]++;
  return counts;
}

/** The position rule (see README): neutral set aside; none left NEUTRAL; one-sided SUPPORTS/OPPOSES; else MIXED. */
export function positionOf(counts: StanceCounts): Stance {
  if (counts.mixed > 0 || (counts.supports > 0 && counts.opposes > 0)) return 'mixed';
  if (counts.supports > 0) return 'supports';
  if (counts.opposes > 0) return 'opposes';
  return 'neutral';
}
