import { describe, expect, it } from 'vitest';
import { locate } from '../../src/load/locate.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import type { DataPath } from '../../src/load/types.js';
import { formatSpan, sliceSpan } from './helpers.js';

/** `span text` of a path in `source`, for assertions that show what is pointed at. */
function at(source: string, path: DataPath, target: 'key' | 'value' = 'value'): string {
  const parsed = parseYaml(source, 'f.yaml');
  expect(parsed.diagnostics).toEqual([]);
  const span = locate(parsed.doc, parsed.lineCounter, path, target, parsed.text);
  return `${formatSpan(span)} ${sliceSpan(parsed.text, span)}`;
}

const PROJECTS = [
  'projects:',
  '  - id: onboarding',
  '    title: Onboard',
  '  - id: sales-dashboard   # the second project',
  '    title: Build a sales dashboard',
  '    skills:',
  '      - sql',
  '      - dataviz',
  '    requires: [onboarding, "data-prep"]',
  '',
].join('\n');

describe('locate', () => {
  it('points at block and flow list items', () => {
    expect(at(PROJECTS, ['projects', 1, 'skills', 1])).toBe('8:9-8:16 dataviz');
    expect(at(PROJECTS, ['projects', 1, 'requires', 0])).toBe('9:16-9:26 onboarding');
    expect(at(PROJECTS, ['projects', 1, 'requires', 1])).toBe('9:28-9:39 "data-prep"');
    expect(at(PROJECTS, ['projects', 1, 'requires'])).toBe('9:15-9:40 [onboarding, "data-prep"]');
  });

  it('points at a key with target "key"', () => {
    expect(at(PROJECTS, ['projects', 1, 'title'], 'key')).toBe('5:5-5:10 title');
    expect(at(PROJECTS, ['projects', 1, 'title'])).toBe('5:12-5:35 Build a sales dashboard');
  });

  it('maps a multi-line mapping to its first line, without the comment', () => {
    expect(at(PROJECTS, ['projects', 1])).toBe('4:5-4:24 id: sales-dashboard');
    expect(at(PROJECTS, ['projects', 1, 'skills'])).toBe('7:7-7:12 - sql');
    expect(at(PROJECTS, [])).toBe('1:1-1:9 projects');
  });

  it('falls back to the closest existing node for a missing key or index', () => {
    expect(at(PROJECTS, ['projects', 1, 'mission'])).toBe('4:5-4:24 id: sales-dashboard');
    expect(at(PROJECTS, ['projects', 1, 'mission'], 'key')).toBe('4:5-4:24 id: sales-dashboard');
    expect(at(PROJECTS, ['projects', 1, 'skills', 7])).toBe('7:7-7:12 - sql');
    expect(at(PROJECTS, ['projects', 9, 'id'])).toBe('2:3-2:19 - id: onboarding');
    expect(at(PROJECTS, ['courses', 0])).toBe('1:1-1:9 projects');
    expect(at(PROJECTS, ['projects', 1, 'skills', 0, 'id'])).toBe('7:9-7:12 sql');
  });

  it('points at the key of an empty value', () => {
    expect(at('skills:\n  - id: sql\n    name:\n', ['skills', 0, 'name'])).toBe('3:5-3:9 name');
  });

  it('maps a file with no content to 1:1-1:1', () => {
    for (const source of ['', '# just a comment\n', '\n\n']) {
      const parsed = parseYaml(source, 'f.yaml');
      expect(locate(parsed.doc, parsed.lineCounter, ['program', 'id'])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 });
    }
  });

  it('keeps columns under CRLF line ends', () => {
    const crlf = PROJECTS.replace(/\n/g, '\r\n');
    expect(at(crlf, ['projects', 1, 'skills', 1])).toBe('8:9-8:16 dataviz');
    expect(at(crlf, ['projects', 1, 'title'])).toBe('5:12-5:35 Build a sales dashboard');
    expect(at(crlf, ['projects', 1])).toBe('4:5-4:24 id: sales-dashboard');
  });

  it('does not count a byte order mark as a column', () => {
    expect(at('\uFEFFskills: [sql]\r\n', ['skills', 0])).toBe('1:10-1:13 sql');
  });

  it('counts columns in UTF-16 code units: an emoji is two', () => {
    const source = 'program:\n  title: "Données 🎓"\nskills: [é, 🎓, sql]\n';
    expect(at(source, ['program', 'title'])).toBe('2:10-2:22 "Données 🎓"');
    expect(at(source, ['skills', 0])).toBe('3:10-3:11 é');
    expect(at(source, ['skills', 1])).toBe('3:13-3:15 🎓');
    expect(at(source, ['skills', 2])).toBe('3:17-3:20 sql');
  });

  it('ends a block scalar with its last line', () => {
    const source = 'projects:\r\n  - id: x\r\n    mission: |\r\n      Line one\r\n      Line two\r\n    hours: 3\r\n';
    expect(at(source, ['projects', 0, 'mission'])).toBe('3:14-5:15 |\r\n      Line one\r\n      Line two');
  });

  it('follows aliases into their anchor', () => {
    const source = 'common: &common [sql, dataviz]\nprojects:\n  - skills: *common\n';
    expect(at(source, ['projects', 0, 'skills'])).toBe('3:13-3:20 *common');
    expect(at(source, ['projects', 0, 'skills', 1])).toBe('1:23-1:30 dataviz');
  });

  it('maps a multi-line flow mapping to its first line', () => {
    const source = 'skills:\n  - {id: sql, name: SQL,\n     ref: x}\n';
    expect(at(source, ['skills', 0])).toBe('2:5-2:24 {id: sql, name: SQL');
    expect(at(source, ['skills', 0, 'ref'])).toBe('3:11-3:12 x');
  });
});

describe('locate in a large mapping', () => {
  it('finds every key of a 100-key mapping (a complex key in it), and falls back for a missing one', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `k${i}`);
    const source = `big:\n  ${keys.map((key, i) => `${key}: ${i}`).join('\n  ')}\n  ? [not, a, scalar]\n  : 0\n`;
    const parsed = parseYaml(source, 'f.yaml');
    expect(parsed.diagnostics).toEqual([]);
    for (const [i, key] of keys.entries()) {
      const span = locate(parsed.doc, parsed.lineCounter, ['big', key], 'key', parsed.text);
      expect(`${formatSpan(span)} ${sliceSpan(parsed.text, span)}`).toBe(`${i + 2}:3-${i + 2}:${3 + key.length} ${key}`);
    }
    expect(formatSpan(locate(parsed.doc, parsed.lineCounter, ['big', 'missing'], 'value', parsed.text))).toMatch(/^2:3-/);
  });
});
