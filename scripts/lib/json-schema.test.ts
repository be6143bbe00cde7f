import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText } from './json-schema.ts';

describe('public/data/dataset.schema.json', () => {
  it('is up to date with the zod schema (run npm run data:schema)', () => {
    expect(
      readFileSync(new URL('../../public/data/dataset.schema.json', import.meta.url), 'utf8'),
    ).toBe(datasetJsonSchemaText());
  });
});
