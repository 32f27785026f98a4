// One posting file read record by record, with the title, skills, company, dates, count,
// description and join-key cells that the options and the header call for.
import { UserError } from '../errors/user-error.js';
import { describeHeader, headerKey } from '../table/header-names.js';
import type { CsvRecord } from '../table/scan-csv.js';
import { type DialectOptions, scanTable, type TableSource } from '../table/scan-table.js';
import { type ColumnMap, type ColumnOptions, findColumns } from './find-columns.js';

export interface ReadOptions extends DialectOptions {
  columns: ColumnOptions;
  /** Read the description columns where there is no skills column (a vocabulary needs them). */
  descriptions?: boolean;
  /** Columns whose values, joined, key the posting in a skills table. */
  joinColumns?: readonly string[];
}

export type SkipHandler = (line: number, reason: string) => void;

/** Slots of the cells a posting record carries, in scanner order. */
export const SLOT = { title: 0, skills: 1, company: 2, date: 3, closeDate: 4, count: 5 } as const;
const ROLES = Object.keys(SLOT) as (keyof typeof SLOT)[];

/** One posting: the scanner's record plus the cells only some runs need. */
export interface PostingCells {
  record: CsvRecord;
  has: { skills: boolean; company: boolean; date: boolean; closeDate: boolean; count: boolean };
  description?: string;
  joinKey?: string;
}

/**
 * Reads one file, handing each record to `onPosting` (the record and its extra cells are
 * reused: valid only during the call). Cells sit in the slots of `SLOT`.
 */
export async function readPostings(
  source: TableSource,
  options: ReadOptions,
  onPosting: (posting: PostingCells) => void,
  onSkip: SkipHandler,
  onStart?: (sampleTitles: string[]) => Promise<void>,
): Promise<{ columns: ColumnMap; header: string[] }> {
  let columns: ColumnMap = { description: [] };
  let descriptionSlots: number[] = [];
  let joinSlots: number[] = [];
  let posting: PostingCells | undefined;
  const header = await scanTable(source, options, {
    // The first titles, before any posting: `--taxonomy auto` picks the file's taxonomy from them.
    async prepare(fields, sample) {
      if (!onStart) return;
      const title = fields.length > 0 ? findColumns(fields, options.columns, source.name).title : undefined;
      await onStart(title === undefined ? [] : sample.map((record) => record[title] ?? ''));
    },
    header(fields) {
      columns = findColumns(fields, options.columns, source.name);
      const wanted = ROLES.map((role) => columns[role] ?? -1);
      if (options.descriptions && columns.skills === undefined)
        descriptionSlots = columns.description.map((column) => wanted.push(column) - 1);
      joinSlots = (options.joinColumns ?? []).map((name) => wanted.push(findJoinColumn(fields, name, source.name)) - 1);
      return wanted;
    },
    record(record) {
      posting ??= {
        record,
        has: {
          skills: columns.skills !== undefined,
          company: columns.company !== undefined,
          date: columns.date !== undefined,
          closeDate: columns.closeDate !== undefined,
          count: columns.count !== undefined,
        },
      };
      if (descriptionSlots.length) posting.description = descriptionSlots.map((slot) => record.text(slot)).join('\n');
      if (joinSlots.length) posting.joinKey = joinKey(joinSlots.map((slot) => record.text(slot)));
      onPosting(posting);
    },
    skip: onSkip,
  });
  return { columns, header };
}

/** Join keys compare trimmed, case-folded values, so `Help AG` in one table meets `help ag` in the other. */
export function joinKey(values: readonly string[]): string {
  return values.map((value) => value.trim().replace(/\s+/g, ' ').toLowerCase()).join('\u0001');
}

export function findJoinColumn(header: readonly string[], name: string, file: string): number {
  const exact = header.indexOf(name);
  const index = exact >= 0 ? exact : header.map(headerKey).indexOf(headerKey(name));
  if (index < 0) throw new UserError(`File "${file}" has no join column "${name}" (header: ${describeHeader(header)}).`);
  return index;
}
