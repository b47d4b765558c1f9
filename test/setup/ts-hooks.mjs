// Node module hooks that let jest's globalSetup/globalTeardown (which jest loads as CommonJS,
// without its moduleNameMapper) import the project's ESM TypeScript: `./x.js` specifiers from a
// .ts file resolve to `./x.ts`, and .ts files are compiled with @swc/core as jest itself does.
import { access, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { transform } = require('@swc/core');

export async function resolve(specifier, context, nextResolve) {
  const parent = context.parentURL;
  if (parent?.startsWith('file:') && parent.endsWith('.ts') && specifier.startsWith('.') && specifier.endsWith('.js')) {
    const candidate = new URL(specifier.replace(/\.js$/, '.ts'), parent);
    try {
      await access(fileURLToPath(candidate));
      return { url: candidate.href, format: 'module', shortCircuit: true };
    } catch {
      // Not a TypeScript source: a real .js file, resolved the normal way.
    }
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.ts')) {
    const filename = fileURLToPath(url);
    const { code } = await transform(await readFile(filename, 'utf8'), {
      filename,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'es6' },
      sourceMaps: 'inline',
    });
    return { format: 'module', source: code, shortCircuit: true };
  }
  return nextLoad(url, context);
}
