// Built-in taxonomies are read and indexed once per process, and only when a coder needs them.

import { DATA_DIR, readDataText, readGzipJson } from './data-files.js';
import type { TaxonomyName } from './levels.js';
import { type OnetData, onetTaxonomy } from './onet-taxonomy.js';
import { REVIEWED_TABLES, applyReviewedTables } from './reviewed-tables.js';
import { type RomeData, romeTaxonomy } from './rome-taxonomy.js';
import type { Taxonomy } from './taxonomy.js';
import { TitleIndex } from './title-index.js';
import { userTaxonomy } from './user-taxonomy.js';

/** A taxonomy and the index of its titles (reviewed tables applied). */
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
  const taxonomy = name === 'onet' ? onetTaxonomy(await readGzipJson<OnetData>('onet.json.gz')) : romeTaxonomy(await readGzipJson<RomeData>('rome.json.gz'));
  const tables = await Promise.all(REVIEWED_TABLES[name]!.map(async ({ file, headLast }) => ({ file: `${DATA_DIR}/${file}`, text: await readDataText(file), headLast })));
  return { taxonomy, index: new TitleIndex(applyReviewedTables(taxonomy, tables)) };
}

/** A user's CSV taxonomy, indexed (not cached: each file is its own). */
export function loadUserTaxonomy(file: string, text: string): LoadedTaxonomy {
  const taxonomy = userTaxonomy(file, text);
  return { taxonomy, index: new TitleIndex(taxonomy.titles) };
}
