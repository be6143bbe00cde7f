import { spawn, type ChildProcess } from 'node:child_process';

/** Serves dist/ with `vite preview` on a port of its own and resolves once it answers. */
export async function startPreview(port: number): Promise<{ base: string; server: ChildProcess }> {
  const base = `http://127.0.0.1:${port}`;
  // vite's own binary, not `npx vite`: killing npx would leave its vite child serving.
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(base)).ok) return { base, server };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${base}; run npm run build first`);
}
