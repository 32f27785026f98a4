// The part of a source line a code frame shows: the whole line when it is short, else a
// window around the span with `…` where the line is cut, so a frame costs the same on a
// 30 KB line as on a short one.

/** Widest line a frame shows, in columns (characters as `show` writes them, tabs as one). */
export const FRAME_WIDTH = 120;
/** Columns kept before the span when the line is cut. */
const CONTEXT = 40;
const ELLIPSIS = '…';

export interface FrameLine {
  /** The shown part of the line, `…` where it is cut. */
  text: string;
  /** What goes before the marker: a tab under each tab, a space under every other column. */
  lead: string;
  /** Columns the marker covers (at least 1). */
  width: number;
}

/**
 * The frame of the span [start, end) of `line`: 0-based UTF-16 indexes, `end` exclusive;
 * the span may start or end past the line (a missing value, a multi-line span cut at the
 * line end). `show` turns source text into what is printed (escapes), so widths are counted
 * on what the reader sees; it must leave printable ASCII as it is.
 */
export function frameLine(line: string, start: number, end: number, show: (text: string) => string = (text) => text): FrameLine {
  const length = line.length;
  const anchor = Math.min(start, length);
  const widthAt = (index: number): number => {
    const code = line.charCodeAt(index);
    return code >= 0x20 && code < 0x7f ? 1 : show(line[index]!).length;
  };
  let from = anchor;
  let used = 0;
  while (from > 0 && used + widthAt(from - 1) <= CONTEXT) used += widthAt(--from);
  let to = from;
  used = 0;
  while (to < length && used + widthAt(to) <= FRAME_WIDTH) used += widthAt(to++);
  // At the end of the line, spend what is left of the width on text before the span.
  while (to === length && from > 0 && used + widthAt(from - 1) <= FRAME_WIDTH) used += widthAt(--from);
  // Never cut a surrogate pair in two.
  if (from > 0 && from < anchor && isLowSurrogate(line.charCodeAt(from))) from++;
  if (to < length && to > anchor && isLowSurrogate(line.charCodeAt(to))) to--;

  const cutBefore = from > 0;
  const cutAfter = to < length;
  const text = `${cutBefore ? ELLIPSIS : ''}${show(line.slice(from, to))}${cutAfter ? ELLIPSIS : ''}`;
  const past = Math.min(Math.max(0, start - length), FRAME_WIDTH);
  const lead = `${cutBefore ? ' ' : ''}${show(line.slice(from, anchor)).replace(/[^\t]/g, ' ')}${' '.repeat(past)}`;
  let width = show(line.slice(anchor, Math.min(end, to))).length;
  if (cutAfter && end > to)
    width++; // under the `…`: the span goes on
  else if (!cutAfter && end > length) width += Math.min(end - Math.max(start, length), FRAME_WIDTH);
  return { text, lead, width: Math.max(1, width) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
