/** What the export offers; kept apart from export-files.ts so the menu can import it eagerly. */
export const EXPORT_FORMATS = ['csv', 'json', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** CSV columns, in order; their headers come from `export.columns.*` in the locale. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'end',
  'dateText',
  'title',
  'type',
  'status',
  'parties',
  'track',
  'stage',
  'place',
  'summary',
  'note',
  'people',
  'sources',
  'link',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
