// A tension table joined to the careers' codes: each row's code read at the coder's level
// (`M1861` counts for `M1805` at level rome, `29-1141.03` for `29-1141` at level soc), and the
// rows of one occupation summed before the ratio is taken.
import type { OccupationCoder } from '../occupations/index.js';
import { type TensionFigures, type TensionSums, type TensionTable, tensionFigures } from '../occupations/read-tension.js';
import { plural } from '../text/plural.js';

/** Rows of a tension table named in the note about its skipped rows. */
const SKIPS_SHOWN = 5;

/** The join and the notes for stderr: rows that could not be read, or a table that joins no code. */
export interface JoinedTension {
  of: (code: string) => TensionFigures | undefined;
  notes: string[];
}

/** The figures of an occupation code at the coders' levels (undefined where the table has no row), and notes about `file`. */
export function joinTension(table: TensionTable, coders: readonly OccupationCoder[], file: string): JoinedTension {
  const byCode = new Map<string, TensionSums>();
  for (const [raw, sums] of table.codes) {
    for (const coder of coders) {
      const code = coder.parseCode(raw);
      if (code === undefined) continue;
      const into = byCode.get(code) ?? { offers: 0, seekers: 0, weightedIndex: 0, indexedOffers: 0 };
      into.offers += sums.offers;
      into.seekers += sums.seekers;
      into.weightedIndex += sums.weightedIndex;
      into.indexedOffers += sums.indexedOffers;
      byCode.set(code, into);
      break;
    }
  }
  const notes: string[] = [];
  const { skipped } = table;
  if (skipped.length > 0) {
    const shown = skipped.slice(0, SKIPS_SHOWN).map(({ line, reason }) => `line ${line} (${reason})`);
    const more = skipped.length > SKIPS_SHOWN ? `; and ${skipped.length - SKIPS_SHOWN} more` : '';
    notes.push(`Skipped ${plural(skipped.length, 'bad row')} of tension file "${file}": ${shown.join('; ')}${more}.`);
  }
  // A header and no row: every figure would be null in silence, as with a table of the wrong taxonomy.
  if (table.codes.size === 0 && skipped.length === 0)
    notes.push(`No tension figure joined: tension file "${file}" holds a header and no row.`);
  if (table.codes.size > 0 && byCode.size === 0) {
    const taxonomies =
      coders.length === 0
        ? 'no taxonomy codes the postings'
        : `none is a code of ${coders.map((coder) => `"${coder.taxonomy}"`).join(' or ')}`;
    notes.push(
      `No tension figure joined: tension file "${file}" has ${plural(table.codes.size, 'code')} (such as "${table.codes.keys().next().value}"), and ${taxonomies}.`,
    );
  }
  return {
    of: (code) => {
      const sums = byCode.get(code);
      return sums === undefined ? undefined : tensionFigures(sums);
    },
    notes,
  };
}
