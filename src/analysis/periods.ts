export type Interval = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Period {
  /** `2024-01-10` (day; week: its Monday), `2024-01`, `2024-Q1` or `2024`. */
  period: string;
  start: string;
  end: string;
}

export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The period containing `date` (YYYY-MM-DD): its label and first and last day. */
export function periodOf(date: string, interval: Interval): Period {
  const match = DATE.exec(date);
  if (match === null) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  switch (interval) {
    case 'day':
      return { period: date, start: date, end: date };
    case 'week': {
      const d = utc(year, month, day);
      const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
      const start = iso(monday);
      return { period: start, start, end: iso(new Date(monday.getTime() + 6 * 86_400_000)) };
    }
    case 'month': {
      const label = `${match[1]}-${match[2]}`;
      return { period: label, start: `${label}-01`, end: iso(utc(year, month + 1, 0)) };
    }
    case 'quarter': {
      const q = Math.floor((month - 1) / 3);
      return { period: `${year}-Q${q + 1}`, start: iso(utc(year, q * 3 + 1, 1)), end: iso(utc(year, q * 3 + 4, 0)) };
    }
    case 'year':
      return { period: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
  }
}
