// RFC 4180 CSV: one row per career, or per skill with `--job`.
import { careerColumns, skillColumns, type Column, type Formatter } from './columns.js';

export const formatCsv: Formatter = (ranking, context) => {
  const career = ranking.careers[0];
  if (context.job !== undefined) return rowsToCsv(skillColumns(), career?.skills ?? []);
  return rowsToCsv(careerColumns(context), ranking.careers);
};

function rowsToCsv<Row>(columns: Column<Row>[], rows: Row[]): string {
  const lines = [columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => column.value(row)))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\n') + '\n';
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
