import type { Stance as DomainStance } from '../../ingest/model.js';

/** The GraphQL enum's internal values are the ingest stances, so resolvers never convert. */
export const Stance = {
  SUPPORTS: 'supports',
  OPPOSES: 'opposes',
  MIXED: 'mixed',
  NEUTRAL: 'neutral',
} as const satisfies Record<string, DomainStance>;
