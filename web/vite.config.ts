import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// `vite build web` → dist/web, served by src/web/static.ts on every path but /graphql.
// `vite web` serves it with hot reload and proxies /graphql to a running `npm start`.
export default defineConfig({
  root: here,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: { '/graphql': process.env.STANCEGRAPH_API_URL ?? 'http://127.0.0.1:4000' },
  },
});
