import { createServer as createHttpServer, type Server } from 'node:http';
import path from 'node:path';
import type { Config } from '../../config/env.js';
import { InputError } from '../../errors.js';
import { createReadCache } from '../../graphql/read-cache.js';
import { createServer, GRAPHQL_ENDPOINT } from '../../graphql/server.js';
import type { Store } from '../../store/driver.js';
import { DASHBOARD_DIR, withDashboard } from '../../web/static.js';

export interface ServeOptions {
  host: string;
  port: number;
}

/** Listens until SIGINT/SIGTERM, then closes the HTTP server (the caller closes the store). */
export async function serveGraphql(config: Config, store: Store, options: ServeOptions): Promise<{ url: string; dashboardUrl: string; closed: Promise<void> }> {
  const readCache = config.readCache.enabled ? createReadCache(store, config.readCache) : undefined;
  const yoga = createServer({ store, config, readCache });
  // The dashboard (web/, built to dist/web) is served on every path but GraphQL's.
  const server: Server = createHttpServer(withDashboard(yoga, { dir: path.join(config.projectRoot, DASHBOARD_DIR), graphqlEndpoint: GRAPHQL_ENDPOINT }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new InputError(`port ${options.port} on ${options.host} is already in use; set STANCEGRAPH_PORT or pass --port`, { cause: error }) : error),
    );
    server.listen(options.port, options.host, resolve);
  });
  const closed = new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return { url: `http://${options.host}:${options.port}${GRAPHQL_ENDPOINT}`, dashboardUrl: `http://${options.host}:${options.port}/`, closed };
}
