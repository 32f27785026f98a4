// The reviewed tables shipped in data/occupations: hand-written rows `title,code,reason`
// that settle frequent ambiguous titles (preferred-*.csv) or give ROME codes to English
// titles of French exports (bilingual-rome.csv). An empty code means "too vague to code".

import { cleanTitle } from './clean-title.js';
import { readCsvRecords } from './csv-records.js';
import type { IndexedTitle } from './title-index.js';
import type { Taxonomy } from './taxonomy.js';
import { titleTokens } from './title-tokens.js';

/** One reviewed table and the word order of its titles. */
export interface ReviewedTable {
  file: string;
  text: string;
  /** English titles (head noun last) or French ones (head noun first). */
  headLast: boolean;
}

/** The reviewed tables of each built-in taxonomy, in data/occupations. */
export const REVIEWED_TABLES: Record<string, { file: string; headLast: boolean }[]> = {
  onet: [{ file: 'preferred-onet.csv', headLast: true }],
  rome: [
    { file: 'preferred-rome.csv', headLast: false },
    { file: 'bilingual-rome.csv', headLast: true },
  ],
};

/**
 * The taxonomy's titles with the reviewed rows applied: a reviewed title replaces the
 * taxonomy's occupations for that title, or adds the title. Throws on a row naming an
 * unknown code (the tables ship with the package; a test checks them).
 */
export function applyReviewedTables(taxonomy: Taxonomy, tables: readonly ReviewedTable[]): IndexedTitle[] {
  const titles: IndexedTitle[] = [...taxonomy.titles];
  const position = new Map(titles.map((title, index) => [title.key, index]));
  for (const table of tables) {
    const [, ...rows] = readCsvRecords(table.text, table.file);
    for (const { line, values } of rows) {
      const [title = '', code = ''] = values;
      const key = titleTokens(cleanTitle(title)).join(' ');
      const leaf = code === '' ? undefined : taxonomy.leafOf(code);
      if (key === '' || (code !== '' && leaf === undefined)) {
        throw new Error(`${table.file}, line ${line}: ${key === '' ? `title "${title}" is empty once cleaned` : `"${code}" is not a code of ${taxonomy.name}`}.`);
      }
      const entry: IndexedTitle = { key, leaves: leaf === undefined ? [] : [leaf], headLast: table.headLast };
      const at = position.get(key);
      if (at === undefined) position.set(key, titles.push(entry) - 1);
      else titles[at] = entry;
    }
  }
  return titles;
}
