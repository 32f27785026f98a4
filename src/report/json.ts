// `--format json`: the machine-readable contract of PRODUCT.md, key order included.
import type { Formatter } from './formatter.js';

export const formatJson: Formatter = (diagnostics, context) => {
  const { programs, files, errors, warnings } = context.summary;
  // The contract's four first; market coverage only when market data was given.
  const summary = { programs, files, errors, warnings, ...(context.market ? { market: context.market } : {}) };
  const report = {
    diagnostics: diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      file: d.file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
    })),
    summary,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
