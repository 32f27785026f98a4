// The output formats of `rank-jobs`; the CLI's `--format` choices derive from this list.
import type { Formatter } from './columns.js';
import { formatCsv } from './csv.js';
import { formatJson } from './json.js';
import { formatMd } from './md.js';
import type { FormatName } from './names.js';
import { formatTable } from './table.js';
import { formatYaml } from './yaml.js';

export const FORMATTERS = {
  table: formatTable,
  json: formatJson,
  csv: formatCsv,
  md: formatMd,
  yaml: formatYaml,
} as const satisfies Record<FormatName, Formatter>;
export type { Formatter } from './columns.js';
export type { FormatName } from './names.js';
