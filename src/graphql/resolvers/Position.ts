import type { PositionRecord } from '../../store/records.js';

/** The Position fields resolved from `claims`: a position read can skip the claims when none is asked for. */
export const FIELDS_READING_CLAIMS = ['claims', 'corroboration', 'outlets'] as const;

export const Position = {
  corroboration: (position: PositionRecord): number =>
    new Set(position.claims.flatMap((claim) => claim.occurrences.map((occurrence) => occurrence.article.id))).size,

  outlets: (position: PositionRecord): string[] => {
    const outlets = position.claims.flatMap((claim) => claim.occurrences.map((occurrence) => occurrence.article.outlet));
    return [...new Set(outlets.filter((outlet): outlet is string => outlet !== null))].sort();
  },
};
