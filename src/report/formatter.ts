// The contract every output format of `curriculum check` fulfils.
import type { RuleMeta } from '../check/rule.js';
import type { Diagnostic, Summary } from '../diagnostic.js';
import type { MarketSummary } from '../market/market-coverage.js';

/** Everything a formatter may need beyond the diagnostics themselves. */
export interface ReportContext {
  /** Every rule `check` knows, in registry order (SARIF lists them all). */
  rules: readonly RuleMeta[];
  summary: Summary;
  /** Emit ANSI colours; decided once by the CLI (`wantsColor`), never detected here. */
  color: boolean;
  /** Display path -> file text, for code frames. A file missing here gets no frame. */
  sources: ReadonlyMap<string, string>;
  /** Version of `curriculum` itself (SARIF `tool.driver.version`). */
  toolVersion: string;
  /** With market data: each program's coverage of its job's skill demand. */
  market?: readonly MarketSummary[];
}

/**
 * Turns diagnostics, already sorted by file, line, column and rule, into the text to
 * print. Pure: writing it anywhere is the CLI's job. Spans are 1-based, columns count
 * UTF-16 code units, and `endColumn` is exclusive (the column after the last character).
 */
export type Formatter = (diagnostics: readonly Diagnostic[], context: ReportContext) => string;
