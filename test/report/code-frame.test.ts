import { describe, expect, it } from 'vitest';
import { FRAME_WIDTH, frameLine } from '../../src/report/code-frame.js';

/** The source text the marker stands under, on the frame's own text. */
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
