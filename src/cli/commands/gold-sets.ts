import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The annotated fixture sets: test/fixtures/gold.json and every test/fixtures/<set>/gold.json, each with its articles beside it. */
export function fixtureGoldSets(projectRoot: string): string[] {
  const fixtures = path.join(projectRoot, 'test', 'fixtures');
  if (!existsSync(fixtures)) return [];
  const nested = readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(fixtures, entry.name, 'gold.json'))
    .sort();
  return [path.join(fixtures, 'gold.json'), ...nested].filter((file) => existsSync(file));
}
