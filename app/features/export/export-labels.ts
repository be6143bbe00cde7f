import type { TFunction } from 'i18next';
import { EVENT_STATUSES, EVENT_TYPES, STAGES } from '../../domain/vocabulary.ts';
import type { ExportLabels } from './export-files.ts';
import { CSV_COLUMNS } from './formats.ts';

/** The words the export files need, from the interface language's messages. */
export function exportLabels(t: TFunction): ExportLabels {
  const table = <K extends string>(keys: readonly K[], key: (id: K) => string) =>
    Object.fromEntries(keys.map((id) => [id, t(key(id) as 'app.name')])) as Record<K, string>;
  return {
    columns: table(CSV_COLUMNS, (column) => `export.columns.${column}`),
    types: table(EVENT_TYPES, (type) => `types.${type}`),
    statuses: table(EVENT_STATUSES, (status) => `event.status.${status}`),
    stages: table(STAGES, (stage) => `stages.${stage}`),
    sources: t('event.sources'),
    approximate: (date) => t('export.approximate', { date }),
  };
}
