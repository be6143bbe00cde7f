import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/browser.ts';

const PORT = Number(process.env.PW_PORT ?? 4183);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  // A busy 2-core machine (two browsers, a server, a CPU burner) can take 10 s to open the app,
  // and several tests open it three times: a minute per test, ten seconds per expectation.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace of every test nearly doubled the suite's time (foundation.spec: 4.1 → 2.2
    // min on 2 cores): CI records one when a failed test runs again; locally pass
    // `--trace retain-on-failure` to keep one for each failure.
    trace: 'on-first-retry',
    // Each test gets its worker's browser context again, reset by Playwright (cookies, cache,
    // local and session storage, IndexedDB, service workers, routes, page state; the fixture in
    // e2e/fixtures/app.ts withdraws granted permissions): making a context for every test cost
    // ~12 % of the suite's CPU (a 2-core machine ran it in 7.0 instead of 9.6 minutes).
    reuseContext: true,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
      grepInvert: /@phone/,
    },
    {
      name: 'phone',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 375, height: 667 },
        hasTouch: true,
        isMobile: true,
      },
      grep: /@phone/,
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
