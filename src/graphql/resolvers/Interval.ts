import type { Interval as DomainInterval } from '../../store/read-analytics.js';

export const Interval = {
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  QUARTER: 'quarter',
  YEAR: 'year',
} as const satisfies Record<string, DomainInterval>;
