// The output of `curriculum occupations`: each title with its code, label, score and method,
// in input order, as JSON, CSV (ready to join back in a pipeline) or an aligned table.
import { csvTextCell } from '../escape/csv-cell.js';
import { escapeTerminal } from '../escape/terminal.js';
import type { CodingFormat } from './coding-formats.js';
import type { OccupationCoding } from './create-coder.js';

export interface CodedTitles {
  taxonomy: string;
  level: string;
  titles: ({ title: string } & OccupationCoding)[];
}

export function formatCodings(coded: CodedTitles, format: CodingFormat, raw = false): string {
  if (format === 'json') return `${JSON.stringify(coded, null, 2)}\n`;
  const columns = ['title', 'code', 'label', 'score', 'method'] as const;
  const rows = coded.titles.map((row) => columns.map((column) => (row[column] === null ? '' : String(row[column]))));
  if (format === 'csv') {
    // Titles are the join key of a pipeline: `raw` keeps them byte for byte.
    const cell = (text: string, index: number) => (index === 3 ? text : csvTextCell(text, raw));
    return `${[columns.join(','), ...rows.map((row) => row.map(cell).join(','))].join('\n')}\n`;
  }
  const cells = [[...columns], ...rows.map((row) => row.map((text) => escapeTerminal(text || '-')))];
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => [...line[index]!].length)));
  const pad = (text: string, index: number) =>
    index === 3 ? text.padStart(widths[index]!) : text + ' '.repeat(widths[index]! - [...text].length);
  return `${cells.map((line) => line.map(pad).join('  ').trimEnd()).join('\n')}\n`;
}
