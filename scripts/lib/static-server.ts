import { createReadStream, existsSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * A plain static file server, like a bare GitHub Pages or nginx (with each file's length, as
 * theirs send): a path is served from the file,
 * else from the directory's index.html, else 404.html is sent with status 404. No SPA rewrite.
 * `base` is the path the site lives under (`/` or `/sub/`).
 */
export function startStaticServer(
  dir: string,
  port: number,
  base = '/',
): Promise<{ url: string; server: Server }> {
  const rootDir = resolve(dir);
  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file: string | undefined;
    if (path.startsWith(base)) {
      const local = normalize(join(rootDir, path.slice(base.length)));
      if (local === rootDir || local.startsWith(rootDir + sep)) {
        if (await isFile(local)) file = local;
        else if (await isFile(join(local, 'index.html'))) file = join(local, 'index.html');
      }
    }
    const status = file ? 200 : 404;
    file ??= join(rootDir, '404.html');
    response.writeHead(status, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': (await stat(file)).size,
    });
    createReadStream(file).pipe(response);
  };
  const server = createServer((request, response) => {
    void serve(request, response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done({ url: `http://127.0.0.1:${port}`, server }));
  });
}

/**
 * For benchmarks: serves directories under URL prefixes, lets a caller put any body at a path (a
 * synthetic dataset at /data/kz-eu.json), and answers unknown paths with `fallback` (the app's
 * index.html), as a host with a single-page fallback does; each answer says its length
 * (Content-Length), as a static host's does. Listens on a free port.
 */
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
  const find = (pathname: string): string | undefined => {
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
      response.writeHead(200, {
        'content-type': override.type,
        'content-length': override.body.length,
        'cache-control': 'no-store',
      });
      response.end(override.body);
      return;
    }
    const file = find(pathname) ?? fallback;
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
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
