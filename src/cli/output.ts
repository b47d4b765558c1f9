/** Progress lines for a person at a terminal; silent in CI, with --format json, or when stderr is piped. */
export interface Progress {
  (message: string): void;
}

export function createProgress(options: { quiet: boolean }): Progress {
  const enabled = !options.quiet && process.stderr.isTTY === true;
  return (message) => {
    if (enabled) process.stderr.write(`${message}\n`);
  };
}

/** A fixed-width text table; Arabic cells keep their own direction inside their column. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
