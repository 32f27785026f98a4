// A GitHub-flavoured Markdown table, ready for a README or a pull request. Titles and skills
// come from the exports: escaped (src/escape/markdown.ts) so they render as plain text.
import { escapeMarkdown } from '../../escape/markdown.js';
import { type Column, careerColumns, describeCareer, type Formatter, skillColumns } from './columns.js';

export const formatMd: Formatter = (ranking, context) => {
  const career = ranking.careers[0];
  if (context.job !== undefined && career)
    return `${describeCareer(career, ranking, escapeMarkdown)}\n\n${table(skillColumns(), career.skills)}`;
  return table(careerColumns(context, ranking), ranking.careers);
};

function table<Row>(columns: Column<Row>[], rows: Row[]): string {
  // Numeric columns are numbers and percentages this tool writes; text columns are the exports'.
  const cell = (column: Column<Row>, row: Row) => (column.numeric ? column.text(row) : escapeMarkdown(column.text(row)));
  const lines = [
    `| ${columns.map((column) => column.header).join(' | ')} |`,
    `| ${columns.map((column) => (column.numeric ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${columns.map((column) => cell(column, row)).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
