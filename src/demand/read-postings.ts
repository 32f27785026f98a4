// One posting file read into raw postings: the title, skills, company, dates, count,
// description and join-key cells that the options and the header call for.
import { UserError } from '../errors.js';
import { findColumns, headerKey, type ColumnMap, type ColumnOptions } from './find-columns.js';
import { scanTable, type DialectOptions, type TableSource } from './scan-table.js';

export interface ReadOptions extends DialectOptions {
  columns: ColumnOptions;
  /** Read the description columns where there is no skills column (a vocabulary needs them). */
  descriptions?: boolean;
  /** Columns whose values, joined, key the posting in a skills table. */
  joinColumns?: readonly string[];
}

/** The raw cells of one posting; `line` is 1-based, where the record starts. */
export interface RawPosting {
  title: string;
  skills?: string | undefined;
  company?: string | undefined;
  date?: string | undefined;
  closeDate?: string | undefined;
  count?: string | undefined;
  description?: string;
  joinKey?: string;
  line: number;
}

export type SkipHandler = (line: number, reason: string) => void;

const ROLES = ['title', 'skills', 'company', 'date', 'closeDate', 'count'] as const;

export async function readPostings(source: TableSource, options: ReadOptions, onPosting: (posting: RawPosting) => void, onSkip: SkipHandler): Promise<ColumnMap> {
  let columns: ColumnMap = { description: [] };
  let descriptionSlots: number[] = [];
  let joinSlots: number[] = [];
  const has = (role: (typeof ROLES)[number]) => columns[role] !== undefined;
  await scanTable(source, options, {
    header(fields) {
      columns = findColumns(fields, options.columns, source.name);
      const wanted = ROLES.map((role) => columns[role] ?? -1);
      if (options.descriptions && columns.skills === undefined) descriptionSlots = columns.description.map((column) => wanted.push(column) - 1);
      joinSlots = (options.joinColumns ?? []).map((name) => wanted.push(findJoinColumn(fields, name, source.name)) - 1);
      return wanted;
    },
    record({ values, line }) {
      const posting: RawPosting = { title: values[0]!, line };
      if (has('skills')) posting.skills = values[1];
      if (has('company')) posting.company = values[2];
      if (has('date')) posting.date = values[3];
      if (has('closeDate')) posting.closeDate = values[4];
      if (has('count')) posting.count = values[5];
      if (descriptionSlots.length) posting.description = descriptionSlots.map((slot) => values[slot]).join('\n');
      if (joinSlots.length) posting.joinKey = joinKey(joinSlots.map((slot) => values[slot]!));
      onPosting(posting);
    },
    skip: onSkip,
  });
  return columns;
}

/** Join keys compare trimmed, case-folded values, so `Help AG` in one table meets `help ag` in the other. */
export function joinKey(values: readonly string[]): string {
  return values.map((value) => value.trim().replace(/\s+/g, ' ').toLowerCase()).join('\u0001');
}

export function findJoinColumn(header: readonly string[], name: string, file: string): number {
  const exact = header.indexOf(name);
  const index = exact >= 0 ? exact : header.map(headerKey).indexOf(headerKey(name));
  if (index < 0) throw new UserError(`File "${file}" has no join column "${name}" (header: ${header.map((h) => `"${h}"`).join(', ')}).`);
  return index;
}
