/**
 * A tiny static file server for a production build: correct MIME types, the app's security
 * headers (security-headers.ts), an SPA fallback to
 * index.html, and a root directory that can be swapped while it runs, so that a second build
 * is served from the same origin (which is what a deploy looks like to a service worker).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS } from './security-headers';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  /** Origin with a trailing slash, e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  /** Serve another directory from now on (a "deploy"). */
  setRoot(dir: string): void;
  /** false: every request's connection is dropped, as if the network were gone. */
  setReachable(reachable: boolean): void;
  close(): Promise<void>;
}

async function fileIfExists(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Starts serving `root` on 127.0.0.1 (a secure context, so service workers work). */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  let currentRoot = root;
  let reachable = true;
  const server: Server = createServer(async (req, res) => {
    if (!reachable) {
      req.socket.destroy();
      return;
    }
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const relative = normalize(pathname).replace(/^([/\\])+/, '');
      // Every response carries the headers a real host sends (CSP with frame-ancestors, nosniff, ...).
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      if (relative.split(sep).includes('..')) {
        res.writeHead(400).end();
        return;
      }
      let file = await fileIfExists(join(currentRoot, relative || 'index.html'));
      // SPA fallback: an extension-less path is a route of the app, not a missing asset.
      if (!file && !extname(relative)) file = await fileIfExists(join(currentRoot, 'index.html'));
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        // Revalidate every time: a test's "deploy" must be seen at once, as with a CDN purge.
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    setRoot(dir) {
      currentRoot = dir;
    },
    setReachable(value) {
      reachable = value;
      if (!value) server.closeAllConnections();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
