import * as z from 'zod/mini';
import { datasetFileSchema } from '../../app/domain/dataset-schema.ts';

/** The JSON Schema text for editors and other tools; a unit test keeps the committed copy fresh. */
export function datasetJsonSchemaText(): string {
  const schema = z.toJSONSchema(datasetFileSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
