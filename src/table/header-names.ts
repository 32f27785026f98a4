// Header names as exports write them: compared loosely, shown briefly in messages.

/** Lower case, accents and punctuation folded to `_`: `Intitulé du poste` -> `intitule_du_poste`. */
export function headerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** The first index of each value: a `Map`, since a column may be named `constructor`. */
export function firstIndexes(values: readonly string[]): Map<string, number> {
  const indexes = new Map<string, number>();
  values.forEach((value, index) => {
    if (!indexes.has(value)) indexes.set(value, index);
  });
  return indexes;
}

/** The header as a message shows it: the first names, each cut short, so one sentence stays one line. */
export function describeHeader(header: readonly string[]): string {
  const shown = header.slice(0, 10).map((name) => `"${name.length > 40 ? `${name.slice(0, 39)}…` : name}"`);
  return header.length > shown.length ? `${shown.join(', ')} and ${header.length - shown.length} more` : shown.join(', ');
}
