import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { FRAME_WIDTH, frameLine } from '../../src/report/code-frame.js';
import { formatStylish } from '../../src/report/stylish.js';
import { DIAGNOSTICS, sampleContext } from './sample.js';

const FILE = 'curricula/p/program.yaml';

function frame(source: string, span: Partial<Diagnostic>): string[] {
  const d: Diagnostic = {
    rule: 'schema',
    severity: 'error',
    message: 'Bad.',
    file: FILE,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    ...span,
  };
  const context = sampleContext({ sources: new Map([[FILE, source]]), summary: { programs: 1, files: 1, errors: 1, warnings: 0 } });
  const lines = formatStylish([d], context).split('\n');
  return lines.slice(2, 4);
}

/** The source text above the marker, cut where the marker starts. */
function marked(lines: string[]): string {
  const [code = '', marker = ''] = lines;
  const start = marker.indexOf('^');
  const end = marker.length;
  return code.slice(start, end);
}

describe('stylish', () => {
  it('marks the span in UTF-16 code units, after non-ASCII text', () => {
    const text = '  - { title: Données 🔍, skills: [prototypage] }';
    const column = text.indexOf('prototypage') + 1;
    expect(column).toBe(35); // 🔍 is two UTF-16 code units
    const lines = frame(`title: x\n${text}\n`, { line: 2, column, endLine: 2, endColumn: column + 11 });
    expect(lines[0]).toBe(`    2 | ${text}`);
    expect(marked(lines)).toBe('prototypage');
  });

  it('marks a multi-line span to the end of its first line', () => {
    const lines = frame('courses:\n  - id: slides\n    skills: []\n', { line: 2, column: 5, endLine: 3, endColumn: 15 });
    expect(lines[1]).toBe('      |     ^~~~~~~~~~');
    expect(marked(lines)).toBe('id: slides');
  });

  it('keeps tabs before the marker so it lines up', () => {
    const lines = frame('# \tnote:\tbad\n', { column: 10, endColumn: 13 });
    expect(lines[1]).toBe('      |   \t     \t^~~');
  });

  it('marks one character for an empty span or one past the end of the line', () => {
    expect(frame('projects:\n', { column: 10, endColumn: 10 })[1]).toBe('      |          ^');
    expect(frame('', { column: 1, endColumn: 1 })).toEqual(['    1 |', '      | ^']);
  });

  it('reads CRLF sources', () => {
    const lines = frame('a: 1\r\nb: 2\r\n', { line: 2, column: 1, endColumn: 2 });
    expect(lines[0]).toBe('    2 | b: 2');
  });

  it('prints no frame without the source or past its end', () => {
    const context = sampleContext({ sources: new Map() });
    expect(formatStylish(DIAGNOSTICS, context)).not.toContain(' | ');
    expect(frame('a: 1\n', { line: 9, endLine: 9 })[0]).toBe('');
  });

  it('counts problems in the singular too', () => {
    const context = sampleContext({ summary: { programs: 1, files: 1, errors: 1, warnings: 0 } });
    expect(formatStylish([DIAGNOSTICS[1]!], context)).toMatch(/✖ 1 problem \(1 error, 0 warnings\)\n$/);
    const clean = sampleContext({ summary: { programs: 1, files: 1, errors: 0, warnings: 0 } });
    expect(formatStylish([], clean)).toBe('✔ No problems found in 1 program (1 file).\n');
  });

  it('colours only when the context says so', () => {
    expect(formatStylish(DIAGNOSTICS, sampleContext({ color: true }))).toMatch(/\u001b\[31merror/);
    expect(formatStylish(DIAGNOSTICS, sampleContext({ color: false }))).not.toMatch(/\u001b/);
  });
});

describe('stylish on hostile input', () => {
  it('does not pad every message to the width of one very long message', () => {
    const long = `Project "a" names unknown skill "${'x'.repeat(5000)}".`;
    const diagnostics: Diagnostic[] = [1, 2, 3].map((line) => ({
      rule: 'unknown-reference',
      severity: 'error',
      message: line === 2 ? long : 'Short.',
      file: FILE,
      line,
      column: 1,
      endLine: line,
      endColumn: 2,
    }));
    const out = formatStylish(
      diagnostics,
      sampleContext({ sources: new Map(), summary: { programs: 1, files: 1, errors: 3, warnings: 0 } }),
    );
    const short = out.split('\n').filter((line) => line.includes('Short.'));
    expect(short).toHaveLength(2);
    for (const line of short) expect(line.length).toBeLessThan(200);
  });

  it('shows control characters in file names, messages and frames escaped, the marker under the span', () => {
    const file = 'p\u001b[31m/program.yaml';
    const source = 'a:\t"\u001b[31mx\u0007": [\u202ey]\n';
    const start = source.indexOf('[\u202e');
    const d: Diagnostic = {
      rule: 'schema',
      severity: 'error',
      message: 'Bad "\u001b[31m".\rFAKE',
      file,
      line: 1,
      column: start + 2,
      endLine: 1,
      endColumn: start + 4,
    };
    const out = formatStylish(
      [d],
      sampleContext({ sources: new Map([[file, source]]), summary: { programs: 1, files: 1, errors: 1, warnings: 0 } }),
    );
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const lines = out.split('\n');
    expect(lines[0]).toBe('p\\x1b[31m/program.yaml');
    expect(lines[1]).toContain('Bad "\\x1b[31m".');
    expect(lines[2]).toMatch(/^ +FAKE$/);
    expect(lines[3]).toBe('    1 | a:\t"\\x1b[31mx\\x07": [\\u202ey]');
    expect(marked(lines.slice(3, 5))).toBe('\\u202ey');
  });
});

/** The source text a frame's marker stands under, on the frame's own text. */
function underMarker(frame: { text: string; lead: string; width: number }): string {
  return frame.text.slice(frame.lead.length, frame.lead.length + frame.width);
}

describe('frameLine', () => {
  it('shows a short line whole', () => {
    const frame = frameLine('    skills: [sqll]', 13, 17);
    expect(frame).toEqual({ text: '    skills: [sqll]', lead: ' '.repeat(13), width: 4 });
  });

  it('cuts a long line to a window around the span, with an ellipsis on each cut side', () => {
    const line = `    skills: [${Array.from({ length: 5000 }, (_, i) => `x${i}`).join(', ')}]`;
    const start = line.indexOf('x2500,');
    const frame = frameLine(line, start, start + 5);
    expect(frame.text.startsWith('…')).toBe(true);
    expect(frame.text.endsWith('…')).toBe(true);
    expect(frame.text.length).toBeLessThanOrEqual(FRAME_WIDTH + 2);
    expect(underMarker(frame)).toBe('x2500');
  });

  it('uses the whole width at either end of a long line', () => {
    const line = 'a'.repeat(1000);
    const first = frameLine(line, 0, 1);
    expect(first).toMatchObject({ text: `${'a'.repeat(FRAME_WIDTH)}…`, lead: '', width: 1 });
    const last = frameLine(line, 999, 1000);
    expect(last.text).toBe(`…${'a'.repeat(FRAME_WIDTH)}`);
    expect(last.lead.length).toBe(FRAME_WIDTH);
  });

  it('marks up to the ellipsis when the span runs past the window', () => {
    const line = `key: ${'v'.repeat(500)}`;
    const frame = frameLine(line, 5, 505);
    expect(frame.text.endsWith('…')).toBe(true);
    expect(frame.lead.length + frame.width).toBe(frame.text.length);
  });

  it('keeps the tabs before the span, also in a window', () => {
    const line = `\t${'b'.repeat(300)}\tc: bad`;
    const start = line.indexOf('bad');
    const frame = frameLine(line, start, start + 3);
    expect(frame.lead).toMatch(/^ +\t +$/);
    expect(underMarker(frame)).toBe('bad');
  });

  it('never cuts a surrogate pair', () => {
    const line = '🔍'.repeat(200);
    for (const start of [0, 100, 398]) {
      const frame = frameLine(line, start, start + 2);
      expect(frame.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u);
      expect(underMarker(frame)).toBe('🔍');
    }
  });

  it('counts columns as `show` writes them', () => {
    const show = (text: string) => text.replaceAll('\u001b', '\\x1b');
    const frame = frameLine('a\u001b[31mb: x', 9, 10, show);
    expect(frame.text).toBe('a\\x1b[31mb: x');
    expect(underMarker(frame)).toBe('x');
  });

  it('marks one column past the end of the line', () => {
    expect(frameLine('projects:', 9, 9)).toEqual({ text: 'projects:', lead: ' '.repeat(9), width: 1 });
    expect(frameLine('', 0, 0)).toEqual({ text: '', lead: '', width: 1 });
  });
});
