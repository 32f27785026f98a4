// The reviewed tables of data/occupations: hand-written rows `title,code,reason` that settle
// frequent ambiguous titles (preferred-*.csv), give ROME codes to English titles of French
// exports (bilingual-rome.csv) or name the occupation of a bare French head noun
// (head-nouns-rome.csv). An empty code means "too vague to code". The build script folds them
// into the taxonomy files, so coding reads no CSV.

import { cleanTitle } from './clean-title.js';
import type { IndexedTitle } from './compact-titles.js';
import { readCsvRecords } from './csv-records.js';
import { foldWords } from './gender-folds.js';
import type { Taxonomy } from './taxonomy.js';
import { titleTokens } from './title-tokens.js';

/**
 * The reviewed tables of each built-in taxonomy, whether their titles are English (head noun
 * last), and whether they name head nouns alone (used only when a title finds nothing else).
 */
export const REVIEWED_TABLES: Record<'onet' | 'rome', { file: string; headLast: boolean; heads?: true }[]> = {
  onet: [{ file: 'preferred-onet.csv', headLast: true }],
  rome: [
    { file: 'preferred-rome.csv', headLast: false },
    { file: 'bilingual-rome.csv', headLast: true },
    { file: 'head-nouns-rome.csv', headLast: false, heads: true },
  ],
};

/**
 * Titles with a reviewed table applied: a reviewed title replaces the taxonomy's occupations
 * for that title, or adds the title; its words are folded like the taxonomy's (gender-folds.ts). Throws on a row naming an unknown code or cleaning to
 * nothing (the tables ship with the package; the build fails on them).
 */
export function applyReviewedTable(
  titles: readonly IndexedTitle[],
  taxonomy: Taxonomy,
  table: { file: string; text: string; headLast: boolean },
  folds: ReadonlyMap<string, string> = new Map(),
): IndexedTitle[] {
  const result = [...titles];
  const position = new Map(result.map((title, index) => [title.key, index]));
  for (const { key, leaf } of reviewedRows(taxonomy, table, folds)) {
    const entry: IndexedTitle = { key, leaves: leaf === undefined ? [] : [leaf], headLast: table.headLast };
    const at = position.get(key);
    if (at === undefined) position.set(key, result.push(entry) - 1);
    else result[at] = entry;
  }
  return result;
}

/**
 * The head nouns of a table of bare French head nouns ("vendeur") and the leaf each names alone;
 * throws on a row that is not one word once cleaned, has no code, or names an unknown code.
 */
export function readHeadNouns(
  taxonomy: Taxonomy,
  table: { file: string; text: string },
  folds: ReadonlyMap<string, string> = new Map(),
): [word: string, leaf: number][] {
  return reviewedRows(taxonomy, table, folds).map(({ key, leaf, line }) => {
    if (key.includes(' ') || leaf === undefined) throw new Error(`${table.file}, line ${line}: "${key}" must be one word with a code.`);
    return [key, leaf];
  });
}

/** A table's rows as title keys (words folded) and leaves (undefined: too vague); throws on a bad row. */
function reviewedRows(
  taxonomy: Taxonomy,
  table: { file: string; text: string },
  folds: ReadonlyMap<string, string>,
): { key: string; leaf: number | undefined; line: number }[] {
  const [, ...rows] = readCsvRecords(table.text, table.file);
  return rows.map(({ line, values }) => {
    const [title = '', code = ''] = values;
    const key = foldWords(titleTokens(cleanTitle(title)), folds).join(' ');
    const leaf = code === '' ? undefined : taxonomy.leafOf(code);
    if (key === '' || (code !== '' && leaf === undefined)) {
      throw new Error(
        `${table.file}, line ${line}: ${key === '' ? `title "${title}" is empty once cleaned` : `"${code}" is not a code of ${taxonomy.name}`}.`,
      );
    }
    return { key, leaf, line };
  });
}
