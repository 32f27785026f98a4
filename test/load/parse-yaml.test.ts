import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { formatSpan } from './helpers.js';

const syntaxErrors = (text: string): string[] =>
  parseYaml(text, 'p/program.yaml').diagnostics.map((d) => `${formatSpan(d)} ${d.rule} ${d.message}`);

describe('parseYaml', () => {
  it('returns the data of valid YAML', () => {
    const parsed = parseYaml('skills:\n  - id: sql\n', 'f.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.data).toEqual({ skills: [{ id: 'sql' }] });
  });

  it('reads an empty file as null', () => {
    expect(parseYaml('', 'f.yaml').data).toBeNull();
    expect(parseYaml('# only a comment\n', 'f.yaml').data).toBeNull();
  });

  it('reports a duplicate key at the second key', () => {
    expect(syntaxErrors('skills:\n  - id: sql\n    name: SQL\n    id: sql2\n')).toEqual([
      '4:5-4:7 yaml-syntax Key "id" appears twice in the same mapping.',
    ]);
  });

  it('reports syntax errors as one sentence, with no code frame', () => {
    const [message] = parseYaml('a: b: c\n', 'f.yaml').diagnostics;
    expect(message).toMatchObject({ rule: 'yaml-syntax', severity: 'error', file: 'f.yaml', line: 1, column: 4 });
    expect(message?.message).toBe('Nested mappings are not allowed in compact mappings.');
    expect(syntaxErrors('a: "abc\n')).toEqual(['2:1-2:1 yaml-syntax A double-quoted value has no closing quote (").']);
    expect(syntaxErrors('a:\n\t- x\n')).toEqual(['2:1-2:2 yaml-syntax Tabs are not allowed as indentation; use spaces.']);
  });

  it('reports a file holding several documents', () => {
    expect(syntaxErrors('a: 1\n---\nb: 2\n')).toEqual([
      '2:1-4:1 yaml-syntax A curriculum file holds one YAML document, but this one holds several (separated by "---").',
    ]);
  });

  it('strips a byte order mark, so that columns are those an editor shows', () => {
    const parsed = parseYaml('\uFEFFa: 1\na: 2\n', 'f.yaml');
    expect(parsed.text).toBe('a: 1\na: 2\n');
    expect(parsed.diagnostics.map(formatSpan)).toEqual(['2:1-2:2']);
  });

  it('keeps positions under CRLF line ends and non-ASCII text', () => {
    expect(syntaxErrors('é: "🎓"\r\nx: 1\r\né: 2\r\n')).toEqual(['3:1-3:2 yaml-syntax Key "é" appears twice in the same mapping.']);
    expect(syntaxErrors('title: "🎓 é"\r\nk: v: w\r\n')).toEqual([
      '2:4-2:5 yaml-syntax Nested mappings are not allowed in compact mappings.',
    ]);
  });

  it('stops an alias bomb quickly with one diagnostic at the first alias', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) {
      const previous = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const started = Date.now();
    const parsed = parseYaml(`${levels.join('\n')}\n`, 'bomb.yaml');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(parsed.data).toBeUndefined();
    expect(parsed.diagnostics.map((d) => `${formatSpan(d)} ${d.message}`)).toEqual([
      '2:8-2:10 Aliases expand this file to too much data (an "alias bomb"); write the values out or use fewer aliases.',
    ]);
  });

  it('accepts a few ordinary aliases', () => {
    const parsed = parseYaml('common: &common [sql, dataviz]\nproject: { skills: *common }\n', 'f.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.data).toEqual({ common: ['sql', 'dataviz'], project: { skills: ['sql', 'dataviz'] } });
  });

  it('refuses deep nesting before parsing, quickly, at the level that crosses the limit', () => {
    const started = Date.now();
    const flow = parseYaml(`a: 1\nb: ${'['.repeat(5_000_000)}\n`, 'deep.yaml');
    const compact = parseYaml(`a: 1\n${'- '.repeat(2_000_000)}x\n`, 'deep.yaml');
    expect(Date.now() - started).toBeLessThan(2000);
    const message = 'The YAML is nested more than 100 levels deep; a curriculum file needs a few.';
    expect(flow.diagnostics.map((d) => `${formatSpan(d)} ${d.message}`)).toEqual([`2:104-2:105 ${message}`]);
    expect(compact.diagnostics.map((d) => `${formatSpan(d)} ${d.message}`)).toEqual([`2:201-2:202 ${message}`]);
    expect(flow.data).toBeUndefined();
  });

  it('does not count brackets inside quotes and comments as nesting', () => {
    const brackets = '['.repeat(150);
    const parsed = parseYaml(`a: "${brackets}"\nb: '${brackets}'\nc: 1 # ${brackets}\n`, 'f.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.data).toMatchObject({ a: brackets, b: brackets, c: 1 });
  });

  it('refuses a file with more than 1000 anchors and aliases (yaml resolves them in quadratic time)', () => {
    const items = Array.from({ length: 600 }, (_, i) => `- a: &a${i} [sql]\n  b: *a${i}\n`).join('');
    const started = Date.now();
    const parsed = parseYaml(items, 'f.yaml');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(parsed.diagnostics.map((d) => `${formatSpan(d)} ${d.message}`)).toEqual([
      '2:6-2:9 This file uses more than 1000 anchors and aliases; write the values out.',
    ]);
  });
});
