// The stderr line that says how each file's titles were coded, so a ranking never hides
// which taxonomy made it, nor how much it left uncoded.

import { plural } from '../text/plural.js';
import type { TaxonomyUse } from './taxonomy-use.js';

/**
 * `Occupations (onet, level soc): 85.4% of 33246 postings coded (onet: "a.csv"; rome: "b.csv").`;
 * nothing without a taxonomy or without postings. Files are grouped by the taxonomy that coded them, in the
 * order they were given.
 */
export function describeTaxonomies(use: TaxonomyUse): string[] {
  if (use.taxonomy === null || use.coded === null) return [];
  const postings = use.files.reduce((sum, file) => sum + file.postings, 0);
  // Nothing read, nothing coded: a share of 0 postings says nothing.
  if (postings === 0) return [];
  const byTaxonomy = new Map<string, string[]>();
  for (const file of use.files) {
    if (file.postings === 0) continue;
    const taxonomy = file.taxonomy ?? 'not coded';
    const names = byTaxonomy.get(taxonomy);
    if (names) names.push(`"${file.file}"`);
    else byTaxonomy.set(taxonomy, [`"${file.file}"`]);
  }
  const files = [...byTaxonomy].map(([taxonomy, names]) => `${taxonomy}: ${names.join(', ')}`).join('; ');
  const share = (use.coded * 100).toFixed(1);
  return [
    `Occupations (${use.taxonomy}, level ${use.level}): ${share}% of ${plural(postings, 'posting')} coded (${files}). Uncoded titles are ranked as they are.`,
  ];
}
