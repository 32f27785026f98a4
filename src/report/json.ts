// `--format json`: the machine-readable contract of PRODUCT.md, key order included.
import type { Formatter } from './formatter.js';

export const formatJson: Formatter = (diagnostics, context) => {
  const { programs, files, errors, warnings } = context.summary;
  const summary: Record<string, unknown> = { programs, files, errors, warnings };
  // Extra fields come after the contract's four and can never overwrite them.
  for (const [key, value] of Object.entries(context.extra ?? {})) {
    if (!(key in summary)) summary[key] = value;
  }
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
