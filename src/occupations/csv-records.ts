// Small CSV files written by people (a user's taxonomy, the reviewed tables), read whole,
// each record with the 1-based line it starts on for messages.

import { parse } from 'csv-parse/sync';
import { UserError } from '../errors/user-error.js';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  values: string[];
}

/** The records of a CSV text (header included); lines starting with "#" are comments. */
export function readCsvRecords(text: string, file: string, delimiter = ','): CsvRecord[] {
  try {
    const options = {
      bom: true,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      delimiter,
    };
    const rows = parse(text, options) as unknown as { record: string[]; info: { lines: number } }[];
    let previousEnd = 0;
    return rows.map(({ record, info }) => {
      // csv-parse gives the line a record ends on; it starts after the previous one (or blank and comment lines).
      const lineCount = record.join(',').split('\n').length;
      const line = Math.max(previousEnd + 1, info.lines - lineCount + 1);
      previousEnd = info.lines;
      return { line, values: record.map((value) => value.trim()) };
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const where = line === undefined ? '' : `, line ${line}`;
    throw new UserError(`File "${file}"${where} is not valid CSV: ${(error as Error).message.replace(/\.$/, '')}.`);
  }
}
