// The output formats of `curriculum check`, keyed by the names in format-names.ts.
import type { FormatName } from './format-names.js';
import type { Formatter } from './formatter.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export { FORMAT_NAMES, type FormatName, isFormatName } from './format-names.js';
export type { Formatter } from './formatter.js';

export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
};
