import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The Content-Security-Policy of the built app: scripts only from our origin (no eval, no inline
 * scripts), requests only to our origin. Inline styles are allowed because vis-timeline positions
 * items with style attributes. It goes into the HTML as a meta tag (production build only: the dev
 * server injects inline scripts) and into public/_headers for hosts that read one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// BASE_PATH lets the app live under a sub-path (e.g. GitHub Pages: BASE_PATH=/bilateral-timeline/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  root: import.meta.dirname,
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
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
    // The app loads MiniSearch with the dataset; tests that search load it up front.
    setupFiles: ['app/domain/testing/setup.ts'],
  },
});
