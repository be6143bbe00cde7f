/**
 * Runs before the end-to-end tests: finds a Chromium (CHROMIUM_PATH, /usr/bin/chromium, Playwright's
 * own); as root on Debian, installs chromium and fonts-dejavu-core with apt; otherwise says how.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/browser.ts';

function fontsMissing(): boolean {
  return (
    existsSync('/usr/bin/apt-get') && !existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
  );
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = existsSync('/usr/bin/apt-get');

if ((!findChromium() || fontsMissing()) && isRoot && canApt) {
  console.log(
    'Installing chromium and fonts-dejavu-core with apt-get (Kazakh letters need DejaVu)…',
  );
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core',
    {
      stdio: 'inherit',
    },
  );
}

const path = findChromium();
if (!path) {
  console.error(`No Chromium found for the end-to-end tests. Any one of these works:
  - Debian/Ubuntu:  sudo apt-get install chromium fonts-dejavu-core
  - any machine:    npx playwright install chromium
  - your own build: CHROMIUM_PATH=/path/to/chromium npm test`);
  process.exit(1);
}
console.log(`End-to-end tests use ${path}`);
