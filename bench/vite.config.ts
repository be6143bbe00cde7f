/** Builds the raw vis-timeline baseline page for `npm run bench` into bench/out/. */
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/bench/',
  logLevel: 'warn',
  build: { outDir: 'out', emptyOutDir: true, rollupOptions: { input: 'raw.html' } },
});
