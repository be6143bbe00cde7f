/** npm run data:schema — regenerates public/data/dataset.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchemaText } from './lib/json-schema.ts';

writeFileSync('public/data/dataset.schema.json', datasetJsonSchemaText());
console.log('wrote public/data/dataset.schema.json');
