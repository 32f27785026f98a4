// JSON Schema (draft-07) of the files users write, for editors (yaml-language-server).
import { z } from 'zod';
import { curriculumFileSchema } from './schema.js';

/** The schema of input files: fields with defaults stay optional. */
export function curriculumJsonSchema(): string {
  return toJsonSchema(curriculumFileSchema, 'curriculum file', 'One YAML file of a curriculum program folder.');
}

export function toJsonSchema(schema: z.ZodType, title: string, description: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-07', io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, title, description }, null, 2)}\n`;
}
