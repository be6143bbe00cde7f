import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
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
 * A plain static file server, like a bare GitHub Pages or nginx: a path is served from the file,
 * else from the directory's index.html, else 404.html is sent with status 404. No SPA rewrite.
 * `base` is the path the site lives under (`/` or `/sub/`).
 */
export function startStaticServer(
  dir: string,
  port: number,
  base = '/',
): Promise<{ url: string; server: Server }> {
  const rootDir = resolve(dir);
  const server = createServer(async (request, response) => {
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
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done({ url: `http://127.0.0.1:${port}`, server }));
  });
}
