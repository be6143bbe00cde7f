import type { Dataset } from '../../domain/dataset.ts';
import type { EventStatus, EventType, Source, TimelineEvent } from '../../domain/dataset-schema.ts';
import type { Stage } from '../../domain/vocabulary.ts';
import type { Lang } from '../../domain/languages.ts';
import { localize } from '../../domain/localize.ts';
import { pagePath } from '../../domain/page-meta.ts';
import type { CsvColumn, ExportFormat } from './formats.ts';

/** What the export writers share: their input, their output, file names, links and lines. */

/** Every word the files need in the export language; the caller takes them from the locale. */
export interface ExportLabels {
  columns: Record<CsvColumn, string>;
  types: Record<EventType, string>;
  statuses: Record<EventStatus, string>;
  stages: Record<Stage, string>;
  /** Heading of the sources in the calendar description. */
  sources: string;
  /** Calendar description line for a month- or year-precision date. */
  approximate: (date: string) => string;
}

export interface ExportInput {
  dataset: Dataset;
  events: readonly TimelineEvent[];
  lang: Lang;
  labels: ExportLabels;
  /** The app's absolute base, e.g. `https://example.org/` (origin + BASE_URL). */
  appUrl: string;
  /** The export time (today's date goes into the file name, DTSTAMP into the calendar). */
  now: Date;
}

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** The event's deep link in a language. */
export function eventLink(appUrl: string, lang: Lang, id: string): string {
  return `${appUrl}${pagePath(lang, id)}`;
}

const pad = (value: number) => String(value).padStart(2, '0');
const localDay = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** `kz-eu_en_2026-11-25.csv`: dataset id, language, the user's date. */
export function exportFileName(datasetId: string, lang: Lang, now: Date, format: ExportFormat) {
  return `${datasetId}_${lang}_${localDay(now)}.${format}`;
}

/** The event's stage in words, with the party that took it: "Ratification — Kazakhstan". */
export function stageText(
  input: Pick<ExportInput, 'dataset' | 'lang' | 'labels'>,
  event: TimelineEvent,
) {
  if (!event.stage) return '';
  const by = event.stageBy === undefined ? undefined : input.dataset.partiesById.get(event.stageBy);
  const stage = input.labels.stages[event.stage];
  return by ? `${stage} — ${localize(by.name, input.lang).text}` : stage;
}

/** A source on one line: publisher — title — URL. */
export function sourceLine(source: Source): string {
  return [source.publisher, source.title, source.url].filter(Boolean).join(' — ');
}
