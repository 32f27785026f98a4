// A user's own taxonomy: a CSV file `title,code,label` (an employer's job architecture, a
// national list, ESCO converted...). One level, its codes; each title and label is indexed.

import { UserError } from '../errors/user-error.js';
import { detectDelimiter } from '../table/detect-dialect.js';
import { cleanTitle } from './clean-title.js';
import type { IndexedTitle } from './compact-titles.js';
import { readCsvRecords } from './csv-records.js';
import { looksFrench } from './detect-language.js';
import { USER_LEVEL } from './levels.js';
import type { Taxonomy } from './taxonomy.js';
import { titleTokens } from './title-tokens.js';
import { genderForms } from './title-variants.js';

const COLUMNS = ['title', 'code', 'label'] as const;

/** Characters of the file read to detect its delimiter. */
const DELIMITER_SAMPLE = 64 * 1024;

/** The taxonomy of a user's CSV file and its titles; a UserError naming the file and line for a bad row. */
export function userTaxonomy(file: string, text: string): { taxonomy: Taxonomy; titles: IndexedTitle[] } {
  // Detected as for exports: a spreadsheet saves ';' where the decimal mark is a comma, and a .tsv has tabs.
  const [header, ...rows] = readCsvRecords(text, file, detectDelimiter(Buffer.from(text.slice(0, DELIMITER_SAMPLE))));
  const names = header?.values.map((name) => name.toLowerCase()) ?? [];
  const columns = COLUMNS.map((name) => names.indexOf(name));
  if (!header || columns.some((index) => index < 0)) {
    throw new UserError(
      `File "${file}" must have a header with the columns title, code and label${header ? `; it has "${header.values.join(',')}"` : ''}.`,
    );
  }
  const labels = new Map<string, { label: string; line: number }>();
  const titles: [title: string, code: string][] = [];
  for (const { line, values } of rows) {
    if (values.length !== names.length) {
      throw new UserError(
        `File "${file}", line ${line}: expected ${names.length} values (${header.values.join(',')}), found ${values.length}.`,
      );
    }
    const [title, code, label] = columns.map((index) => values[index]!) as [string, string, string];
    if (code === '') throw new UserError(`File "${file}", line ${line}: the code is empty.`);
    if (title === '' && label === '') throw new UserError(`File "${file}", line ${line}: code "${code}" has neither a title nor a label.`);
    const known = labels.get(code);
    if (known && label !== '' && known.label !== '' && known.label !== label) {
      throw new UserError(
        `File "${file}", line ${line}: code "${code}" is labelled "${label}" here but "${known.label}" on line ${known.line}.`,
      );
    }
    if (!known || known.label === '') labels.set(code, { label, line });
    if (title !== '') titles.push([title, code]);
  }
  if (labels.size === 0) throw new UserError(`File "${file}" holds no occupation.`);
  const codes = [...labels.keys()].sort();
  const leafOf = new Map(codes.map((code, leaf) => [code, leaf]));
  const byUpper = new Map(codes.map((code) => [code.toUpperCase(), code]));
  for (const code of codes) if (labels.get(code)!.label !== '') titles.push([labels.get(code)!.label, code]);

  const index = new Map<string, { leaves: Set<number>; headLast: boolean }>();
  for (const [title, code] of titles) {
    for (const form of genderForms(title).forms) {
      const key = titleTokens(cleanTitle(form)).join(' ');
      if (key === '') continue;
      const entry = index.get(key) ?? { leaves: new Set<number>(), headLast: !looksFrench(title) };
      entry.leaves.add(leafOf.get(code)!);
      index.set(key, entry);
    }
  }
  const taxonomy: Taxonomy = {
    name: file,
    levels: [USER_LEVEL],
    codeOf: (leaf) => codes[leaf]!,
    leafOf: (code) => leafOf.get(code),
    labelOf: (code) => (labels.has(code) ? labels.get(code)!.label || code : undefined),
    parseCode: (text) => byUpper.get(text.trim().toUpperCase()),
  };
  const keys = [...index.keys()].sort();
  return {
    taxonomy,
    titles: keys.map((key) => ({ key, leaves: [...index.get(key)!.leaves].sort((a, b) => a - b), headLast: index.get(key)!.headLast })),
  };
}
