// What a zod schema expects, in words, and the schema found at a data path.
import type { z } from 'zod';
import type { DataPath } from './types.js';

/** The parts of a zod 4 schema definition this module reads. */
interface Definition {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  options?: z.ZodType[];
  format?: string;
  /** A URL's allowed schemes (`z.url({ protocol })`). */
  protocol?: RegExp;
  checks?: { _zod: { def: { check: string; value?: unknown; inclusive?: boolean } } }[];
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

/** The schema without optional/default wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = definitionOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The definition of `schema`, or of its mapping option when it is a union of text and a mapping (a map's course). */
function objectDefinition(schema: z.ZodType): Definition {
  const def = definitionOf(unwrap(schema));
  const object = def.type === 'union' ? def.options?.find((option) => definitionOf(unwrap(option)).type === 'object') : undefined;
  return object ? definitionOf(unwrap(object)) : def;
}

/** The schema that validates the value at `path` below `root`, if any. */
export function schemaAt(root: z.ZodType, path: DataPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    const def: Definition = typeof segment === 'string' ? objectDefinition(current) : definitionOf(unwrap(current));
    if (def.type === 'object' && typeof segment === 'string')
      current = def.shape && Object.hasOwn(def.shape, segment) ? def.shape[segment] : undefined;
    else if (def.type === 'array' && typeof segment === 'number') current = def.element;
    else return undefined;
  }
  return current;
}

/** The keys an object schema accepts, and those it requires (no default, not optional). */
export function keysOf(schema: z.ZodType | undefined): { all: string[]; required: string[] } {
  const def = schema ? objectDefinition(schema) : undefined;
  const shape = def?.type === 'object' ? (def.shape ?? {}) : {};
  const all = Object.keys(shape);
  const required = all.filter((key) => {
    const type = definitionOf(shape[key] as z.ZodType).type;
    return type !== 'optional' && type !== 'default';
  });
  return { all, required };
}

/** What the schema expects, as a noun phrase: "a positive number", "one of "a", "b"". */
export function describeExpected(schema: z.ZodType | undefined): string | undefined {
  if (!schema) return undefined;
  const def = definitionOf(unwrap(schema));
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  switch (def.type) {
    case 'number': {
      const noun = def.format === 'safeint' || def.format === 'int32' ? 'whole number' : 'number';
      return describeNumber(noun, checks);
    }
    case 'string':
      if (def.format === 'url') return def.protocol?.test('https') && !def.protocol.test('ftp') ? 'an http or https URL' : 'a URL';
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${Object.values(def.entries ?? {})
        .map((v) => `"${v}"`)
        .join(', ')}`;
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    case 'union': {
      const each = (def.options ?? []).map(describeExpected);
      return each.every((text) => text !== undefined) ? each.join(' or ') : undefined;
    }
    default:
      return undefined;
  }
}

type Check = { check: string; value?: unknown; inclusive?: boolean };

/** `a number between 0 and 1`, `a number greater than 0 and at most 120`, `a positive whole number`. */
function describeNumber(noun: string, checks: Check[]): string {
  const min = checks.find((c) => c.check === 'greater_than');
  const max = checks.find((c) => c.check === 'less_than');
  const low = min && (min.inclusive === false ? `greater than ${String(min.value)}` : `at least ${String(min.value)}`);
  const high = max && (max.inclusive === false ? `less than ${String(max.value)}` : `at most ${String(max.value)}`);
  if (min && max) {
    const inclusive = min.inclusive !== false && max.inclusive !== false;
    return inclusive ? `a ${noun} between ${String(min.value)} and ${String(max.value)}` : `a ${noun} ${low} and ${high}`;
  }
  if (min?.value === 0) return min.inclusive === false ? `a positive ${noun}` : `a ${noun} of 0 or more`;
  if (low ?? high) return `a ${noun} ${low ?? high}`;
  return `a ${noun}`;
}

/** True for a list of strings (e.g. a project's `skills`), where `sql` likely means `[sql]`. */
export function isListOfText(schema: z.ZodType | undefined): boolean {
  if (!schema) return false;
  const def = definitionOf(unwrap(schema));
  return def.type === 'array' && def.element !== undefined && definitionOf(unwrap(def.element)).type === 'string';
}
