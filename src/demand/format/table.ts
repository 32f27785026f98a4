// Aligned plain-text columns for the terminal. Titles and skills come from the exports:
// control characters are shown escaped (`\x1b`), never run by the terminal.
import { escapeTerminal } from '../../escape/terminal.js';
import { type Column, careerColumns, describeCareer, type Formatter, skillColumns } from './columns.js';

export const formatTable: Formatter = (ranking, context) => {
  const career = ranking.careers[0];
  if (context.job !== undefined && career)
    return `${describeCareer(career, ranking, escapeTerminal)}\n\n${align(skillColumns(), career.skills)}`;
  return align(careerColumns(context, ranking), ranking.careers);
};

function align<Row>(columns: Column<Row>[], rows: Row[]): string {
  const cells = [
    columns.map((column) => column.header.replaceAll('_', ' ')),
    ...rows.map((row) => columns.map((column) => escapeTerminal(column.text(row)))),
  ];
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => [...line[index]!].length)));
  const pad = (text: string, index: number) => {
    const gap = ' '.repeat(widths[index]! - [...text].length);
    return columns[index]!.numeric ? gap + text : text + gap;
  };
  return `${cells.map((line) => line.map(pad).join('  ').trimEnd()).join('\n')}\n`;
}
