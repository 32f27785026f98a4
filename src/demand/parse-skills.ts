// A skills cell turned into skill names: `Python; SQL`, `python, sql`, `['python', 'sql']`.

const SEPARATOR = /[,;|]/;
const QUOTED_ITEM = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;

/** NFKC, lower case, whitespace collapsed, surrounding quotes and spaces trimmed. */
export function normalizeSkill(skill: string): string {
  return skill
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/^[\s'"`]+|[\s'"`]+$/g, '');
}

/**
 * Splits a cell into raw skill names. A bracketed Python-style list is read item by item
 * (so `['c, c++']` stays one item); otherwise the first of `;` `|` `,` found splits the cell.
 */
export function splitSkills(cell: string): string[] {
  const text = cell.trim();
  if (!text) return [];
  if (text.startsWith('[') && text.endsWith(']')) {
    const inner = text.slice(1, -1);
    const quoted = [...inner.matchAll(QUOTED_ITEM)].map((match) => (match[1] ?? match[2] ?? '').replace(/\\(.)/g, '$1'));
    return quoted.length > 0 || inner.trim() === '' ? quoted : inner.split(SEPARATOR);
  }
  const separator = text.includes(';') ? ';' : text.includes('|') ? '|' : ',';
  return text.split(separator);
}

/** The distinct normalised skills of a cell, in order of first appearance. */
export function parseSkills(cell: string): string[] {
  const skills = new Set<string>();
  for (const raw of splitSkills(cell)) {
    const skill = normalizeSkill(raw);
    if (skill) skills.add(skill);
  }
  return [...skills];
}
