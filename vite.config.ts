import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// BASE_PATH lets the app live under a sub-path (e.g. GitHub Pages: BASE_PATH=/bilateral-timeline/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  root: import.meta.dirname,
  plugins: [react(), tailwindcss()],
  build: {
    outDir: 'dist',
    sourcemap: true,
    // The timeline chunk (vis-timeline + moment) is lazy-loaded and knowingly large.
    chunkSizeWarningLimit: 600,
  },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['app/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
