// The stderr line that says how each file's titles were coded, so a ranking never hides
// which taxonomy made it, nor how much it left uncoded.

import { plural } from '../text/plural.js';
import type { TaxonomyUse } from './read-demand.js';

/** `Occupations (onet, level soc): 85.4% of 33246 postings coded; "a.csv" onet.`; nothing without a taxonomy. */
export function describeTaxonomies(use: TaxonomyUse): string[] {
  if (use.taxonomy === null || use.coded === null) return [];
  const postings = use.files.reduce((sum, file) => sum + file.postings, 0);
  const files = use.files.map((file) => `"${file.file}" ${file.taxonomy ?? 'not coded'}`);
  const share = (use.coded * 100).toFixed(1);
  return [
    `Occupations (${use.taxonomy}, level ${use.level}): ${share}% of ${plural(postings, 'posting')} coded; ${files.join(', ')}. Uncoded titles are ranked as they are.`,
  ];
}
