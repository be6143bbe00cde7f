import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..', '..');

/**
 * `npm run build` into another directory with its own SITE_URL / BASE_PATH (for the tests of a
 * sub-path deployment): the client build, then the prerendered pages.
 */
export function buildSite(outDir: string, env: Record<string, string>): void {
  const options = {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'] as ['ignore', 'ignore', 'inherit'],
  };
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], options);
  execFileSync('npx', ['tsx', 'scripts/prerender.ts', '--out-dir', outDir], options);
}
