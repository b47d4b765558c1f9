import type { PositionRecord } from '../../store/records.js';

export const Position = {
  corroboration: (position: PositionRecord): number =>
    new Set(position.claims.flatMap((claim) => claim.occurrences.map((occurrence) => occurrence.article.id))).size,

  outlets: (position: PositionRecord): string[] => {
    const outlets = position.claims.flatMap((claim) => claim.occurrences.map((occurrence) => occurrence.article.outlet));
    return [...new Set(outlets.filter((outlet) => typeof outlet === 'string'))].sort();
  },
};
