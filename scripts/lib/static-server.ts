/**
 * A plain static file server on loopback, for benchmarks: serves directories under URL prefixes,
 * lets a caller put any body at a path (a synthetic dataset at /data/kz-eu.json), and answers
 * unknown paths with the app's index.html, as a host with a single-page fallback does.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export interface StaticServer {
  base: string;
  /** Serves `body` at `path` from now on (replacing what was there). */
  put: (path: string, body: Buffer | string, type?: string) => void;
  close: () => Promise<void>;
}

export async function serveStatic(
  mounts: { prefix: string; dir: string }[],
  fallback: string,
): Promise<StaticServer> {
  const overrides = new Map<string, { body: Buffer; type: string }>();
  const resolve = (pathname: string): string | undefined => {
    for (const { prefix, dir } of mounts) {
      if (!pathname.startsWith(prefix)) continue;
      const file = normalize(join(dir, pathname.slice(prefix.length)));
      if (!file.startsWith(normalize(dir))) return undefined;
      if (existsSync(file) && statSync(file).isFile()) return file;
      const index = join(file, 'index.html');
      if (existsSync(index)) return index;
    }
    return undefined;
  };
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const override = overrides.get(pathname);
    if (override) {
      response.writeHead(200, { 'content-type': override.type, 'cache-control': 'no-store' });
      response.end(override.body);
      return;
    }
    const file = resolve(pathname) ?? fallback;
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    put: (path, body, type = 'application/json; charset=utf-8') =>
      overrides.set(path, { body: Buffer.isBuffer(body) ? body : Buffer.from(body), type }),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
