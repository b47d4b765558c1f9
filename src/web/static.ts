import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import path from 'node:path';

/** Where `vite build web` writes the dashboard, relative to the project root. */
export const DASHBOARD_DIR = path.join('dist', 'web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths that belong to GraphQL Yoga rather than to the dashboard. */
function isApiPath(pathname: string, graphqlEndpoint: string): boolean {
  return pathname === graphqlEndpoint || pathname.startsWith(`${graphqlEndpoint}/`) || pathname === '/health' || pathname === '/readiness';
}

export interface DashboardOptions {
  /** The built dashboard (index.html and assets/). */
  dir: string;
  /** Requests to this path (and /health) go to `api`. */
  graphqlEndpoint: string;
}

/**
 * Wraps the GraphQL handler: `graphqlEndpoint` and Yoga's health checks go to it, every other
 * GET/HEAD is a file of the built dashboard, and any path without a file extension is the
 * dashboard's index.html (so `/`, `/?issue=…` and deep links open the page).
 */
export function withDashboard(api: RequestListener, options: DashboardOptions): RequestListener {
  const root = path.resolve(options.dir);
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (isApiPath(url.pathname, options.graphqlEndpoint)) {
      api(request, response);
      return;
    }
    serveFile(root, url.pathname, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else response.destroy();
    });
  };
}

async function serveFile(root: string, pathname: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    send(response, 400, 'text/plain; charset=utf-8', 'bad path\n');
    return;
  }
  const relative = path.posix.normalize(decoded).replace(/^\/+/, '');
  const target = path.resolve(root, relative);
  if (decoded.includes('\0') || (target !== root && !target.startsWith(root + path.sep))) {
    send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
    return;
  }
  const isAsset = path.extname(relative) !== '';
  const file = isAsset ? target : path.join(root, 'index.html');
  const stats = await statFile(file);
  if (stats === null) {
    if (!isAsset) {
      send(response, 503, 'text/plain; charset=utf-8', `The dashboard is not built (no ${path.join(root, 'index.html')}): run npm run build.\nGraphQL is at /graphql.\n`);
    } else {
      send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
    }
    return;
  }
  response.statusCode = 200;
  response.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
  response.setHeader('content-length', stats.size);
  response.setHeader('x-content-type-options', 'nosniff');
  // Vite names assets by content hash, so they never change; index.html must always be fresh.
  response.setHeader('cache-control', relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

async function statFile(file: string): Promise<Stats | null> {
  try {
    const stats = await stat(file);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.statusCode = status;
  response.setHeader('content-type', type);
  response.setHeader('content-length', Buffer.byteLength(body));
  response.end(body);
}
