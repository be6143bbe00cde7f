/**
 * The report of `npm run bench`: the table (printed, and written to bench/results.md and between
 * the bench markers of docs/performance.md) and the raw numbers (bench/results.json).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { format, resolveConfig } from 'prettier';
import {
  ACTION_LIMIT_MS,
  LABELS,
  mergeRows,
  type Row,
  type StoredRow,
  type Summary,
} from './metrics.ts';

const RESULTS_JSON = 'bench/results.json';
const RESULTS_MD = 'bench/results.md';
const DOCS = 'docs/performance.md';
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** With --merge: this run's rows, and the earlier run's for the datasets this one did not measure. */
export const withPreviousRows = (rows: Row[]): Row[] =>
  existsSync(RESULTS_JSON)
    ? mergeRows(
        (JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as { rows: StoredRow[] }).rows,
        rows,
      )
    : rows;

const fmt = (value: number) =>
  !Number.isFinite(value)
    ? `> ${ACTION_LIMIT_MS / 1000} s`
    : value >= 100
      ? value.toFixed(0)
      : value.toFixed(1);

const cell = (summary: Summary | undefined, metric: string) =>
  !summary
    ? '—'
    : metric === 'longTasks'
      ? `${summary.n} (max ${fmt(summary.median)} ms)`
      : `${fmt(summary.median)} (${fmt(summary.min)}–${fmt(summary.max)})`;

function table(rows: Row[], runs: number, machine: string): string[] {
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; medians of ${runs} runs (min–max).`,
    '',
    '| dataset | viewport | measure | app | raw vis-timeline | app / raw |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.dataset === 'shipped' ? `shipped (${row.events})` : row.events.toLocaleString('en')} | ${row.viewport} | ${LABELS[row.metric]} | ${cell(row.app, row.metric)} | ${cell(row.raw, row.metric)} | ${row.ratio === undefined ? '—' : row.ratio.toFixed(2)} |`,
    ),
  ];
}

/** Puts the table between the bench markers of docs/performance.md, formatted as Prettier would. */
async function writeDocs(markdown: string): Promise<void> {
  const text = existsSync(DOCS) ? readFileSync(DOCS, 'utf8') : '';
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) {
    console.log(`${DOCS} has no ${START} … ${END}: left as it is`);
    return;
  }
  const replaced = `${text.slice(0, start + START.length)}\n\n${markdown}\n\n${text.slice(end)}`;
  const options = (await resolveConfig(DOCS)) ?? {};
  writeFileSync(DOCS, await format(replaced, { ...options, filepath: DOCS }));
  console.log(`Wrote the table into ${DOCS}`);
}

export async function writeReport(rows: Row[], runs: number, chromium: string): Promise<void> {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Chromium ${chromium}, Node ${process.version}`;
  const lines = table(rows, runs, machine);
  console.log(lines.join('\n'));
  writeFileSync(RESULTS_MD, lines.join('\n') + '\n');
  writeFileSync(
    RESULTS_JSON,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine,
        runs,
        note: `null: the action took over ${ACTION_LIMIT_MS / 1000} s and was stopped`,
        rows,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`Wrote ${RESULTS_JSON} and ${RESULTS_MD}`);
  await writeDocs(lines.join('\n'));
}
