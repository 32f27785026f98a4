// The last line of the stylish and github reports: what was found, in one sentence.
import type { Summary } from '../diagnostic.js';
import { plural } from '../text/plural.js';

/** `✖ 3 problems (1 error, 2 warnings)` or `✔ No problems found in 2 programs (8 files).`, uncoloured. */
export function summaryLine(summary: Summary): { ok: boolean; text: string } {
  const total = summary.errors + summary.warnings;
  if (total === 0)
    return { ok: true, text: `No problems found in ${plural(summary.programs, 'program')} (${plural(summary.files, 'file')}).` };
  return { ok: false, text: `✖ ${plural(total, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')})` };
}
