// A tension table joined to the careers' codes: each row's code read at the coder's level
// (`M1861` counts for `M1805` at level rome, `29-1141.03` for `29-1141` at level soc), and the
// rows of one occupation summed before the ratio is taken.
import type { OccupationCoder } from '../occupations/index.js';
import { type TensionFigures, type TensionSums, type TensionTable, tensionFigures } from '../occupations/read-tension.js';

/** The figures of an occupation code at the coders' levels; undefined where the table has no row. */
export function joinTension(table: TensionTable, coders: readonly OccupationCoder[]): (code: string) => TensionFigures | undefined {
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
  return (code) => {
    const sums = byCode.get(code);
    return sums === undefined ? undefined : tensionFigures(sums);
  };
}
