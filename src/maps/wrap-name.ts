// A concept's name on lines short enough for its box (SVG text does not wrap by itself).

/** Characters per line and lines per box: a box is 180 units wide, at 13px type. */
const WRAP = { chars: 22, lines: 3 } as const;

/** The name in at most `WRAP.lines` lines of at most `WRAP.chars` characters; what does not fit ends with "…". */
export function wrapName(name: string): string[] {
  const words = name.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words.flatMap(splitLong)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= WRAP.chars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= WRAP.lines) return lines;
  const kept = lines.slice(0, WRAP.lines);
  const last = kept[WRAP.lines - 1]!;
  kept[WRAP.lines - 1] = `${last.length < WRAP.chars ? last : last.slice(0, WRAP.chars - 1)}…`;
  return kept;
}

/** A word longer than a line, cut into pieces that fit (by code points, so no emoji is split). */
function splitLong(word: string): string[] {
  const points = [...word];
  if (points.length <= WRAP.chars) return [word];
  const pieces: string[] = [];
  for (let i = 0; i < points.length; i += WRAP.chars) pieces.push(points.slice(i, i + WRAP.chars).join(''));
  return pieces;
}
