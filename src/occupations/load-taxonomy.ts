// Built-in taxonomies are read and indexed once per process, and only when a coder needs them.

import { compactTitles } from './compact-titles.js';
import { readDataFile } from './data-files.js';
import type { TaxonomyName } from './levels.js';
import { type OnetData, onetTaxonomy } from './onet-taxonomy.js';
import { type RomeData, romeTaxonomy } from './rome-taxonomy.js';
import type { Taxonomy } from './taxonomy.js';
import { TitleIndex } from './title-index.js';
import { userTaxonomy } from './user-taxonomy.js';

/** A taxonomy and the index of its titles. */
export interface LoadedTaxonomy {
  taxonomy: Taxonomy;
  index: TitleIndex;
}

const builtIn = new Map<TaxonomyName, Promise<LoadedTaxonomy>>();

/** A built-in taxonomy, loaded on first use and shared afterwards. */
export function loadBuiltInTaxonomy(name: TaxonomyName): Promise<LoadedTaxonomy> {
  let loaded = builtIn.get(name);
  if (!loaded) {
    loaded = readBuiltIn(name);
    builtIn.set(name, loaded);
    loaded.catch(() => builtIn.delete(name));
  }
  return loaded;
}

async function readBuiltIn(name: TaxonomyName): Promise<LoadedTaxonomy> {
  const data = await readDataFile<OnetData | RomeData>(`${name}.bin.gz`);
  const taxonomy = name === 'onet' ? onetTaxonomy(data as OnetData) : romeTaxonomy(data as RomeData);
  if (!data.titles) throw new Error(`data/occupations/${name}.bin.gz has no titles; rebuild it with scripts/build-occupations-data.ts.`);
  return { taxonomy, index: new TitleIndex(data.titles) };
}

/** The codes of a group level of a built-in taxonomy (see Taxonomy.groupCodes); none for a user's taxonomy. */
export async function groupCodesOf(taxonomy: string, level: string): Promise<readonly string[]> {
  if (taxonomy !== 'onet' && taxonomy !== 'rome') return [];
  return (await loadBuiltInTaxonomy(taxonomy)).taxonomy.groupCodes?.(level) ?? [];
}

/** A user's CSV taxonomy, indexed (not cached: each file is its own). */
export function loadUserTaxonomy(file: string, text: string): LoadedTaxonomy {
  const { taxonomy, titles } = userTaxonomy(file, text);
  return { taxonomy, index: new TitleIndex(compactTitles(titles)) };
}
