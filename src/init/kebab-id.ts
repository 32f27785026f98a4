// Turns free text ("Power BI", "Développeur·se") into an id of the curriculum format.
import { ID_PATTERN } from '../model/schema.js';

export function toKebabId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Kebab ids for every text, unique: `sql`, `sql-2`; `fallback-N` where nothing is left. */
export function uniqueIds(texts: readonly string[], fallback: string): string[] {
  const used = new Set<string>();
  return texts.map((text, index) => {
    const base = toKebabId(text);
    let id = ID_PATTERN.test(base) ? base : `${fallback}-${index + 1}`;
    for (let n = 2; used.has(id); n++) id = `${base || fallback}-${n}`;
    used.add(id);
    return id;
  });
}
