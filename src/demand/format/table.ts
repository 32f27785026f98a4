// Aligned plain-text columns for the terminal.
import { careerColumns, describeCareer, skillColumns, type Column, type Formatter } from './columns.js';

export const formatTable: Formatter = (ranking, context) => {
  const career = ranking.careers[0];
  if (context.job !== undefined && career) return `${describeCareer(career, ranking, (text) => text)}\n\n${align(skillColumns(), career.skills)}`;
  return align(careerColumns(context), ranking.careers);
};

function align<Row>(columns: Column<Row>[], rows: Row[]): string {
  const cells = [columns.map((column) => column.header.replaceAll('_', ' ')), ...rows.map((row) => columns.map((column) => column.text(row)))];
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => [...line[index]!].length)));
  const pad = (text: string, index: number) => {
    const gap = ' '.repeat(widths[index]! - [...text].length);
    return columns[index]!.numeric ? gap + text : text + gap;
  };
  return cells.map((line) => line.map(pad).join('  ').trimEnd()).join('\n') + '\n';
}
