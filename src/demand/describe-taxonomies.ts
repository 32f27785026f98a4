// The stderr line that says how each file's titles were coded, so a ranking never hides
// which taxonomy made it, nor how much it left uncoded.
import type { TaxonomyUse } from './read-demand.js';

/** `Occupations: "a.csv" coded with onet (soc), 85.4% of 33246 postings.`; nothing without a taxonomy. */
export function describeTaxonomies(use: TaxonomyUse): string[] {
  if (use.taxonomy === null) return [];
  const files = use.files.map((file) => {
    if (file.taxonomy === null) return `"${file.file}" not coded`;
    const share = file.postings === 0 ? 0 : (file.coded / file.postings) * 100;
    return `"${file.file}" coded with ${file.taxonomy}, ${share.toFixed(1)}% of ${file.postings} posting${file.postings === 1 ? '' : 's'}`;
  });
  return [`Occupations (level ${use.level}): ${files.join('; ')}; uncoded titles are ranked as they are.`];
}
