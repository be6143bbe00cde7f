/**
 * What the export tests share: the interface labels read from the locale files, a fixed app URL
 * and export time, the shipped and hostile datasets, and what a file goes through on disk.
 */
import { readFileSync } from 'node:fs';
import { parseDataset, type Dataset } from '../../../domain/dataset.ts';
import type { TimelineEvent } from '../../../domain/dataset-schema.ts';
import type { Lang } from '../../../domain/languages.ts';
import { hostileDatasetJson } from '../../../domain/testing/hostile-dataset.ts';
import { shippedDataset } from '../../../domain/testing/shipped-dataset.ts';
import type { ExportInput, ExportLabels } from '../export-files.ts';

type Messages = Record<string, Record<string, unknown>>;
const messages = (lang: Lang) =>
  JSON.parse(
    readFileSync(new URL(`../../../../locales/${lang}/translation.json`, import.meta.url), 'utf8'),
  ) as Messages;

export function labelsFor(lang: Lang): ExportLabels {
  const m = messages(lang);
  const exp = m.export as { columns: ExportLabels['columns']; approximate: string };
  return {
    columns: exp.columns,
    types: m.types as ExportLabels['types'],
    statuses: (m.event as { status: ExportLabels['statuses'] }).status,
    stages: m.stages as ExportLabels['stages'],
    sources: (m.event as { sources: string }).sources,
    approximate: (date) => exp.approximate.replace('{{date}}', date),
  };
}

export const APP = 'https://timeline.example/';
const NOW = new Date(2026, 10, 25, 12, 0, 0);
export const shipped = shippedDataset();

export function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing test data');
  return value;
}
export const eventById = (id: string) => must(shipped.eventsById.get(id));

export function input(dataset: Dataset, events: readonly TimelineEvent[], lang: Lang): ExportInput {
  return { dataset, events, lang, labels: labelsFor(lang), appUrl: APP, now: NOW };
}

/** What a file on disk holds: UTF-8, so lone surrogates come back as U+FFFD. */
export const throughUtf8 = (text: string) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(text));
export const wellFormed = (text: string) => text.replace(/[\ud800-\udfff]/gu, '\ufffd');

export function hostileDataset(): Dataset {
  const result = parseDataset(hostileDatasetJson());
  if (!result.ok) throw new Error('hostile dataset did not parse');
  return result.dataset;
}
