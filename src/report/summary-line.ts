// The last line of the stylish and github reports: what was found, in one sentence.
import type { Summary } from '../diagnostic.js';
import { plural } from '../text/plural.js';

/** `✖ 3 problems (1 error, 2 warnings)` or `✔ No problems found in 2 programs (8 files).`, uncoloured. */
export function summaryLine(summary: Summary): { ok: boolean; text: string } {
  const total = summary.errors + summary.warnings;
  if (total === 0) {
    // A repository of knowledge maps only does not hold "0 programs".
    const counted = summary.maps && summary.programs === 0 ? [] : [plural(summary.programs, 'program')];
    if (summary.maps) counted.push(plural(summary.maps, 'knowledge map'));
    return { ok: true, text: `No problems found in ${counted.join(' and ')} (${plural(summary.files, 'file')}).` };
  }
  return { ok: false, text: `✖ ${plural(total, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')})` };
}
