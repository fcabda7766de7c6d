// A small static file server for the demo and the smoke tests: correct MIME types, a strict
// Content-Security-Policy (unless asked not to), nothing served from outside its root, and a free
// port if the preferred one is taken.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function send(response, headers, status, body) {
  response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(body);
}

/** Resolves a URL path to a file under root, or null if it would leave root. */
async function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  let file = resolve(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    return (await stat(file).catch(() => null))?.isFile() ? file : null;
  }
  return info?.isFile() ? file : null;
}

function listen(server, port, host) {
  return new Promise((resolvePort, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePort(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Serves `root` on http://host:port/ (port 0: any free port). If the port is taken it falls back
 * to a free one. `csp: false` drops the Content-Security-Policy, for pages that are not ours
 * (Storybook's manager uses inline scripts); `connectSrc` adds origins the page may connect to (a
 * WebSocket server). `routes` answers some paths with a function instead of a file.
 * Resolves to { server, url }.
 * @param {{ root: string, port?: number, host?: string, csp?: boolean, connectSrc?: string[],
 *   routes?: Record<string, (url: URL, response: import('node:http').ServerResponse, headers: Record<string, string>) => void | Promise<void>> }} options
 */
export async function serveStatic({ root, port = 8000, host = '127.0.0.1', csp = true, connectSrc = [], routes = {} }) {
  const base = resolve(root);
  const policy = CONTENT_SECURITY_POLICY.replace("connect-src 'self'", ["connect-src 'self'", ...connectSrc].join(' '));
  const headers = csp ? { ...BASE_HEADERS, 'Content-Security-Policy': policy } : BASE_HEADERS;
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, headers, 405, 'Method not allowed');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const { pathname } = url;
    const route = Object.hasOwn(routes, pathname) ? routes[pathname] : undefined;
    if (route) {
      await route(url, response, headers);
      return;
    }
    const file = await fileFor(base, pathname);
    // Browsers ask for /favicon.ico by themselves; a missing one is nobody's error.
    if (!file && pathname === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    if (!file) {
      send(response, headers, 404, 'Not found');
      return;
    }
    response.writeHead(200, {
      ...headers,
      'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  let actualPort;
  try {
    actualPort = await listen(server, port, host);
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    console.warn(`Port ${port} is in use; using a free port instead.`);
    actualPort = await listen(server, 0, host);
  }
  return { server, url: `http://${host}:${actualPort}/` };
}
