// Which taxonomies coded the postings read, at which level, and the share they coded: the
// summary line on stderr and the top of every ranking.
import type { OccupationCoder } from '../occupations/index.js';
import type { TitleCareer } from './career-stats.js';
import type { FileTaxonomy } from './choose-taxonomy.js';

/** The taxonomies used, and the share of postings they coded. */
export interface TaxonomyUse {
  /** 'onet', 'rome', a user file's name, 'mixed' when files differ, null without a taxonomy. */
  taxonomy: string | null;
  level: string | null;
  /** Share of postings coded, 0..1; null without a taxonomy. */
  coded: number | null;
  files: FileTaxonomy[];
}

/** The taxonomies the files used (a file with no posting counts for none) and the share of postings coded. */
export function taxonomyUse(
  files: readonly FileTaxonomy[],
  coders: readonly OccupationCoder[],
  titles: () => ReadonlyMap<string, TitleCareer>,
): TaxonomyUse {
  // A file with no posting (a header only) chose a taxonomy from no title: it does not count.
  const read = files.some((file) => file.postings > 0) ? files.filter((file) => file.postings > 0) : files;
  const names = [...new Set(read.map((file) => file.taxonomy).filter((name): name is string => name !== null))];
  if (names.length === 0) return { taxonomy: null, level: null, coded: null, files: [...files] };
  const levels = [...new Set(coders.filter((coder) => names.includes(coder.taxonomy)).map((coder) => coder.level))];
  let postings = 0;
  let coded = 0;
  for (const { stats, coding } of titles().values()) {
    postings += stats.postings;
    if (coding?.code) coded += stats.postings;
  }
  return {
    taxonomy: names.length === 1 ? names[0]! : 'mixed',
    level: levels.length === 1 ? levels[0]! : 'mixed',
    coded: postings === 0 ? 0 : Math.round((coded / postings) * 10_000) / 10_000,
    files: [...files],
  };
}
