// See global-setup.ts for why this imports test-neo4j.ts this way; the hooks are registered
// there, and the module is the same instance, so it knows whether it started a server.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type TestNeo4jModule = typeof import('./test-neo4j.js');

const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<TestNeo4jModule>;

export default async function globalTeardown(): Promise<void> {
  const { stopTestNeo4j } = await importEsm(pathToFileURL(path.join(__dirname, 'test-neo4j.ts')).href);
  await stopTestNeo4j();
}
