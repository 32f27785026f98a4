// A list item or the program block, kept field by field: one mistake must not hide the rest.
import type { z } from 'zod';
import { unwrap } from './describe-schema.js';
import { isRecord } from './plain-data.js';

/**
 * The fields of `raw` that pass their own schema (defaults applied, so a missing `skills`
 * becomes `[]`), and whether `raw` passes `schema` entirely. A field that fails is left out,
 * so rules skip it instead of reporting follow-on errors. A value that is not a mapping
 * yields no field at all, defaults included: `- sql` in `projects` is not a project
 * "without skills".
 */
export function lenientItem(schema: z.ZodType, raw: unknown): { value: Record<string, unknown>; valid: boolean } {
  const valid = schema.safeParse(raw).success;
  if (!isRecord(raw)) return { value: {}, valid };
  const shape = (unwrap(schema) as unknown as { shape: Record<string, z.ZodType> }).shape;
  const value: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const result = field.safeParse(raw[key]);
    if (result.success && result.data !== undefined) value[key] = result.data;
  }
  return { value, valid };
}
