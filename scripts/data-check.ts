/**
 * npm run data:check [file …]
 * Validates dataset files against the schema and the cross-reference rules, prints every problem
 * on its own line, and exits 1 when any error is found. Shipped datasets must have kk, en and ru.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkDatasetFile } from './lib/check-dataset.ts';

const DEFAULT_FILES = ['public/data/kz-eu.json'];
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_FILES;
let failed = false;

for (const file of files) {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot be read (${(error as Error).message})`);
    failed = true;
    continue;
  }
  const report = checkDatasetFile(text, { today: new Date().toISOString().slice(0, 10) });
  const name = relative(process.cwd(), path);
  for (const line of report.errors) console.error(`${name}: ${line}`);
  for (const line of report.warnings) console.warn(`${name}: warning: ${line}`);
  if (report.errors.length > 0) failed = true;
  const share = report.eventCount === 0 ? 0 : (100 * report.officialCount) / report.eventCount;
  console.log(
    `${name}: ${report.errors.length === 0 ? 'ok' : 'FAILED'} — ${report.eventCount} valid event(s), ${report.periodCount} valid period(s), ${report.storyCount} valid ${report.storyCount === 1 ? 'story' : 'stories'}, ${report.errors.length} error(s), ${report.warnings.length} warning(s)`,
  );
  console.log(
    `${name}: official sources — ${report.officialCount} of ${report.eventCount} events (${share.toFixed(1)} %) cite an official or legal-text source`,
  );
}
process.exit(failed ? 1 : 0);
