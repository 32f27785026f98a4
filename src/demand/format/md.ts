// A GitHub-flavoured Markdown table, ready for a README or a pull request.
import { careerColumns, describeCareer, skillColumns, type Column, type Formatter } from './columns.js';

export const formatMd: Formatter = (ranking, context) => {
  const career = ranking.careers[0];
  if (context.job !== undefined && career) return `${describeCareer(career, ranking)}\n\n${table(skillColumns(), career.skills)}`;
  return table(careerColumns(context), ranking.careers);
};

function table<Row>(columns: Column<Row>[], rows: Row[]): string {
  const escape = (text: string) => text.replaceAll('|', '\\|');
  const lines = [
    `| ${columns.map((column) => column.header).join(' | ')} |`,
    `| ${columns.map((column) => (column.numeric ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${columns.map((column) => escape(column.text(row))).join(' | ')} |`),
  ];
  return lines.join('\n') + '\n';
}
