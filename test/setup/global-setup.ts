// jest loads this file as CommonJS and without moduleNameMapper, so it cannot import the
// project's ESM sources directly. It registers Node module hooks (ts-hooks.mjs) and imports
// test-neo4j.ts natively; that module, and everything it imports, then loads as ESM.
import { register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type TestNeo4jModule = typeof import('./test-neo4j.js');

// A real dynamic import: a plain `import()` here would be compiled to `require()`.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<TestNeo4jModule>;

export default async function globalSetup(): Promise<void> {
  register(pathToFileURL(path.join(__dirname, 'ts-hooks.mjs')).href);
  const { startTestNeo4j } = await importEsm(pathToFileURL(path.join(__dirname, 'test-neo4j.ts')).href);
  await startTestNeo4j();
}
