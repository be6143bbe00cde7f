import { expect, it } from 'vitest';
import { EVENT_STATUSES, EVENT_TYPES } from '../../domain/dataset-schema.ts';
import { LANGUAGES } from '../../domain/languages.ts';
import { labelsFor } from './testing/export-fixtures.ts';

// The formats have their own tests (export-csv, export-json, export-ics); this one covers the
// labels they all take from the locale.
it('labels cover every type and status', () => {
  for (const lang of LANGUAGES) {
    const labels = labelsFor(lang);
    for (const type of EVENT_TYPES) expect(labels.types[type]).toBeTruthy();
    for (const status of EVENT_STATUSES) expect(labels.statuses[status]).toBeTruthy();
  }
});
