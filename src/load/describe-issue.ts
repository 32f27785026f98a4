// A zod issue -> diagnostics-to-be: a data path, a target and one clear sentence.
import type { z } from 'zod';
import { curriculumFileSchema } from '../model/schema.js';
import { closestWord } from './closest-word.js';
import { describeExpected, isListOfText, keysOf, schemaAt } from './describe-schema.js';
import { isRecord, valueAt } from './plain-data.js';
import type { DataPath } from './types.js';

export interface IssueReport {
  /** Path in the file's own data (not the merged program). */
  path: DataPath;
  target: 'key' | 'value';
  message: string;
}

/** The lists whose items have an owner name; a `Map`, since the key comes from a data path (a user's key can be `constructor`). */
const ENTITIES = new Map([
  ['skills', 'skill'],
  ['projects', 'project'],
  ['courses', 'course'],
  ['concepts', 'concept'],
  ['certificates', 'certificate'],
  ['feedback', 'feedback item'],
]);

/** The blocks that name their file's subject: `program "x"`, `map "x"`. */
const BLOCKS = new Set(['program', 'map']);

/** Who a path belongs to: `skill "sql"` and the path inside it, e.g. `["name"]`. */
interface Owner {
  entity?: string;
  /** How a sentence names it: `skill "sql"`, `a skill`, `program "x"`. */
  name?: string;
  rest: DataPath;
}

/** Describes one issue of `root` (by default the curriculum file schema) on `data`, a file's plain data. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown, root: z.ZodType = curriculumFileSchema): IssueReport[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  const owner = ownerOf(path, data);
  const at = (message: string): IssueReport[] => [{ path, target: 'value', message }];
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], target: 'key', message: unknownKey(key, path, owner, root) }));
    case 'invalid_type':
      if (value === undefined && path.length > 0) {
        return at(`${capitalise(owner.name ?? 'the file')} is missing the required field "${fieldName(owner.rest)}".`);
      }
      return at(wrongValue(path, owner, value, root));
    case 'too_small':
      if (issue.origin === 'string') return at(`${fieldPhrase(owner)} must not be empty.`);
      return at(wrongValue(path, owner, value, root));
    case 'invalid_format':
      if (issue.format === 'regex') return at(`${capitalise(idPhrase(owner))} ${quote(value)} ${issue.message}.`);
      return at(wrongValue(path, owner, value, root));
    case 'invalid_value': {
      const field = String(owner.rest[owner.rest.length - 1] ?? 'value');
      const options = issue.values.map((v) => `"${String(v)}"`).join(', ');
      const guess = typeof value === 'string' ? closestWord(value, issue.values.map(String)) : undefined;
      const hint = guess ? `; did you mean "${guess}"?` : '.';
      if (owner.name === undefined) return at(`${fieldPhrase(owner)} must be one of ${options}, not ${describeValue(value)}${hint}`);
      return at(`${capitalise(field)} ${quote(value)} of ${owner.name} must be one of ${options}${hint}`);
    }
    case 'custom':
      return at(toSentence(issue.message));
    default:
      return at(wrongValue(path, owner, value, root));
  }
}

function ownerOf(path: DataPath, data: unknown): Owner {
  const [list, index] = path;
  const entity = typeof list === 'string' ? ENTITIES.get(list) : undefined;
  if (entity !== undefined && list !== undefined && typeof index === 'number') {
    const id = idOf(valueAt(data, [list, index]));
    return { entity, name: id ? `${entity} "${id}"` : `a ${entity}`, rest: path.slice(2) };
  }
  if (typeof list === 'string' && BLOCKS.has(list)) {
    const id = idOf(valueAt(data, [list]));
    return { entity: list, name: id ? `${list} "${id}"` : `the ${list}`, rest: path.slice(1) };
  }
  return { rest: path };
}

function unknownKey(key: string, path: DataPath, owner: Owner, root: z.ZodType): string {
  const where =
    owner.name === undefined
      ? path.length === 0
        ? 'at the top level of the file'
        : `in "${path.join('.')}"`
      : owner.rest.length === 0
        ? `in ${owner.name}`
        : `in field "${fieldName(owner.rest)}" of ${owner.name}`;
  const known = keysOf(schemaAt(root, path)).all;
  const guess = closestWord(key, known);
  const hint = guess
    ? `; did you mean "${guess}"?`
    : known.length > 0
      ? `; the known keys are ${known.map((k) => `"${k}"`).join(', ')}.`
      : '.';
  return `Unknown key "${key}" ${where}${hint}`;
}

function wrongValue(path: DataPath, owner: Owner, value: unknown, root: z.ZodType): string {
  const schema = schemaAt(root, path);
  if (path.length === 0) {
    const keys = keysOf(root)
      .all.map((k) => `"${k}"`)
      .join(', ');
    const file = root === curriculumFileSchema ? 'A curriculum file' : 'This file';
    return `${file} must be a mapping with any of the keys ${keys}, not ${describeValue(value)}.`;
  }
  if (owner.rest.length === 0 && owner.entity) {
    const fields = keysOf(schema)
      .required.map((k) => `"${k}"`)
      .join(', ');
    const subject = BLOCKS.has(owner.entity) ? `The "${owner.entity}" block` : `Each ${owner.entity}`;
    return `${subject} must be a mapping with the fields ${fields}, not ${describeValue(value)}.`;
  }
  const expected = describeExpected(schema) ?? 'valid';
  if (value === null) return `${fieldPhrase(owner)} is empty; it must be ${expected}.`;
  let hint = '';
  if (typeof value === 'string' && isListOfText(schema)) hint = `; write [${value}]`;
  else if (expected === 'text' && (typeof value === 'number' || typeof value === 'boolean')) {
    hint = '; put it in quotes to make it text';
  }
  return `${fieldPhrase(owner)} must be ${expected}, not ${describeValue(value)}${hint}.`;
}

/** `Field "hours" of project "x"`, or `Field "skills"` at the top of a file. */
function fieldPhrase(owner: Owner): string {
  const field = `Field "${fieldName(owner.rest)}"`;
  return owner.name === undefined ? field : `${field} of ${owner.name}`;
}

/** `skill id`, `program id`: how an id-like value is introduced. */
function idPhrase(owner: Owner): string {
  const field = fieldName(owner.rest);
  return owner.entity ? `${owner.entity} ${field}` : `field "${field}"`;
}

function fieldName(rest: DataPath): string {
  return rest.map((s, i) => (typeof s === 'number' ? `[${s}]` : i > 0 ? `.${s}` : s)).join('');
}

function idOf(item: unknown): string | undefined {
  const id = isRecord(item) ? item.id : undefined;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

/** A user's value in a sentence: `"ten"`, `"5"`, `empty`, `a list`, `a mapping`. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return quote(value);
}

function quote(value: unknown): string {
  const text = String(value).replace(/\s+/g, ' ');
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function toSentence(message: string): string {
  const text = capitalise(message.trim());
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
