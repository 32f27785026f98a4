// The reviewed tables of data/occupations: hand-written rows `title,code,reason` that settle
// frequent ambiguous titles (preferred-*.csv) or give ROME codes to English titles of French
// exports (bilingual-rome.csv). An empty code means "too vague to code". The build script
// folds them into the taxonomy files, so coding reads no CSV.

import { cleanTitle } from './clean-title.js';
import type { IndexedTitle } from './compact-titles.js';
import { readCsvRecords } from './csv-records.js';
import type { Taxonomy } from './taxonomy.js';
import { titleTokens } from './title-tokens.js';

/** The reviewed tables of each built-in taxonomy, and whether their titles are English (head noun last). */
export const REVIEWED_TABLES: Record<'onet' | 'rome', { file: string; headLast: boolean }[]> = {
  onet: [{ file: 'preferred-onet.csv', headLast: true }],
  rome: [
    { file: 'preferred-rome.csv', headLast: false },
    { file: 'bilingual-rome.csv', headLast: true },
  ],
};

/**
 * Titles with a reviewed table applied: a reviewed title replaces the taxonomy's occupations
 * for that title, or adds the title. Throws on a row naming an unknown code or cleaning to
 * nothing (the tables ship with the package; the build fails on them).
 */
export function applyReviewedTable(
  titles: readonly IndexedTitle[],
  taxonomy: Taxonomy,
  table: { file: string; text: string; headLast: boolean },
): IndexedTitle[] {
  const result = [...titles];
  const position = new Map(result.map((title, index) => [title.key, index]));
  const [, ...rows] = readCsvRecords(table.text, table.file);
  for (const { line, values } of rows) {
    const [title = '', code = ''] = values;
    const key = titleTokens(cleanTitle(title)).join(' ');
    const leaf = code === '' ? undefined : taxonomy.leafOf(code);
    if (key === '' || (code !== '' && leaf === undefined)) {
      throw new Error(
        `${table.file}, line ${line}: ${key === '' ? `title "${title}" is empty once cleaned` : `"${code}" is not a code of ${taxonomy.name}`}.`,
      );
    }
    const entry: IndexedTitle = { key, leaves: leaf === undefined ? [] : [leaf], headLast: table.headLast };
    const at = position.get(key);
    if (at === undefined) position.set(key, result.push(entry) - 1);
    else result[at] = entry;
  }
  return result;
}
