// RFC 4180 CSV: one row per career, or per skill with `--job`. Text cells that a spreadsheet
// would run as formulas get a leading `'` unless `csvRaw` asks for the text as it is.
import { csvTextCell } from '../../escape/csv-cell.js';
import { type Column, careerColumns, type Formatter, skillColumns } from './columns.js';

export const formatCsv: Formatter = (ranking, context) => {
  const career = ranking.careers[0];
  const raw = context.csvRaw === true;
  if (context.job !== undefined) return rowsToCsv(skillColumns(), career?.skills ?? [], raw);
  return rowsToCsv(careerColumns(context, ranking), ranking.careers, raw);
};

function rowsToCsv<Row>(columns: Column<Row>[], rows: Row[], raw: boolean): string {
  const header = columns.map((column) => column.header).join(',');
  const lines = rows.map((row) => columns.map((column) => csvCell(column.value(row), column.numeric, raw)).join(','));
  return `${[header, ...lines].join('\n')}\n`;
}

/** Numbers are written as numbers: a negative growth stays `-0.12`, never `'-0.12`. */
function csvCell(value: string | number | null, numeric: boolean, raw: boolean): string {
  if (value === null) return '';
  return numeric || typeof value === 'number' ? String(value) : csvTextCell(value, raw);
}
