// Property: for every value and key of random curriculum-like data, stringified in block or
// flow style with random CRLF and BOM, the located span covers exactly that node's source.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { locate } from '../../src/load/locate.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import type { DataPath } from '../../src/load/types.js';
import { sliceSpan } from './helpers.js';

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const tricky = fc.constantFrom(
  'é',
  'Données 🎓',
  'a: b',
  '- x',
  '# no',
  "it's",
  '"q"',
  'yes',
  'null',
  '123',
  '',
  ' lead',
  '[x]',
  '{y}',
  '*a',
  '&b',
  '!t',
  '%p',
  '@a',
  'x #y',
  '🎓🎓',
);
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), tricky).filter((s) => !CONTROL.test(s));
const id = fc.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('-'));
const skill = fc.record(
  { id, name: text, market_share: fc.integer({ min: 0, max: 100 }).map((n) => n / 100) },
  { requiredKeys: ['id', 'name'] },
);
const project = fc.record(
  {
    id,
    title: text,
    skills: fc.array(id, { minLength: 1, maxLength: 5 }),
    hours: fc.integer({ min: 1, max: 500 }),
    requires: fc.array(id, { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ['id', 'title', 'skills'] },
);
// Lists are never empty: yaml's stringify writes an empty block list as an unindented "[]",
// which it then cannot parse (indentSeq: false).
const data = fc.record(
  {
    program: fc.record({ id, title: text, production: fc.record({ teams: fc.integer({ min: 1, max: 9 }) }) }),
    skills: fc.array(skill, { minLength: 1, maxLength: 4 }),
    projects: fc.array(project, { minLength: 1, maxLength: 4 }),
  },
  { requiredKeys: [] },
);
const style = fc.record({
  collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  flowCollectionPadding: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
});

/** Every path to a scalar, and every path to a mapping entry (for its key). */
function leaves(value: unknown, path: DataPath = []): { scalars: DataPath[]; keys: DataPath[]; all: DataPath[] } {
  const result = { scalars: [] as DataPath[], keys: [] as DataPath[], all: [path] as DataPath[] };
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v] as [number, unknown])
    : typeof value === 'object' && value !== null
      ? Object.entries(value)
      : [];
  if (children.length === 0 && typeof value !== 'object') result.scalars.push(path);
  for (const [segment, child] of children) {
    if (typeof segment === 'string') result.keys.push([...path, segment]);
    const sub = leaves(child, [...path, segment]);
    result.scalars.push(...sub.scalars);
    result.keys.push(...sub.keys);
    result.all.push(...sub.all);
  }
  return result;
}

function valueAt(value: unknown, path: DataPath): unknown {
  return path.reduce<unknown>((v, s) => (v as Record<string | number, unknown>)[s], value);
}

describe('locate (property)', () => {
  it('maps every value and key to its own source text', () => {
    fc.assert(
      fc.property(data, style, (value, { crlf, bom, ...options }) => {
        let source = stringify(value, { ...options, lineWidth: 0 });
        if (crlf) source = source.replace(/\n/g, '\r\n');
        if (bom) source = `\uFEFF${source}`;
        const parsed = parseYaml(source, 'f.yaml');
        expect(parsed.diagnostics).toEqual([]);
        // What an editor shows: the text without its byte order mark.
        const shown = bom ? source.slice(1) : source;
        const spanOf = (path: DataPath, target: 'key' | 'value' = 'value') =>
          locate(parsed.doc, parsed.lineCounter, path, target, parsed.text);
        const { scalars, keys, all } = leaves(value);
        for (const path of scalars) {
          const span = spanOf(path);
          expect(span.endLine).toBe(span.line);
          expect(parse(sliceSpan(shown, span))).toEqual(valueAt(value, path));
        }
        for (const path of keys) {
          expect(sliceSpan(shown, spanOf(path, 'key'))).toBe(path[path.length - 1]);
        }
        for (const path of all) {
          expect(spanOf([...path, 'missing', 0])).toEqual(spanOf(path));
          const span = spanOf(path);
          expect(sliceSpan(shown, span)).not.toMatch(/[\r\n]$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
