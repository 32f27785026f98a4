// The options that say how titles are coded to occupations, shared by every command that
// reads market data (`rank-jobs`, `init`, `check`, `render`) and by `occupations`.
import type { Command } from 'commander';
import type { OccupationSettings, TaxonomyOption } from '../demand/choose-taxonomy.js';
import type { TextFile } from '../demand/text-file.js';
import { UserError } from '../errors/user-error.js';

export interface RawOccupationOptions {
  taxonomy?: string;
  level?: string;
  occupationMap?: string;
}

const BUILT_IN = new Set(['auto', 'onet', 'rome', 'none']);

export function addOccupationOptions(command: Command): Command {
  return command
    .option(
      '--taxonomy <name>',
      'auto (default: rome for French titles, onet otherwise), onet, rome, none (group by title), or a CSV file title,code,label',
    )
    .option('--level <level>', 'onet: soc (default), onet, minor, major; rome: rome (default), fiche, domain, family')
    .option('--occupation-map <file>', 'YAML mapping normalised titles to codes, applied before the coder');
}

/** Whether `--taxonomy` (or the `taxonomy` setting) names a file of the user's own rather than a built-in taxonomy. */
export function namesTaxonomyFile(value: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(value);
}

/** Why `value` names no taxonomy, or undefined when it names a built-in one or a file. */
export function taxonomyProblem(value: string): string | undefined {
  return BUILT_IN.has(value.trim().toLowerCase()) || namesTaxonomyFile(value) ? undefined : unknownTaxonomy(value);
}

function unknownTaxonomy(value: string): string {
  return `The taxonomy "${value}" is not auto, onet, rome, none, or a CSV file (title,code,label).`;
}

/** The settings of `raw`; `readText` reads a taxonomy or map file the way side files are read. */
export async function occupationSettings(
  raw: RawOccupationOptions,
  readText: (file: string) => Promise<TextFile>,
): Promise<OccupationSettings> {
  const name = raw.taxonomy?.trim().toLowerCase() ?? 'auto';
  let taxonomy: TaxonomyOption;
  if (BUILT_IN.has(name)) taxonomy = name as TaxonomyOption;
  else if (namesTaxonomyFile(raw.taxonomy ?? '')) taxonomy = await readText(raw.taxonomy!);
  else throw new UserError(unknownTaxonomy(raw.taxonomy ?? ''));
  if (taxonomy === 'none' && raw.level !== undefined)
    throw new UserError('--level needs a taxonomy; --taxonomy none groups postings by title.');
  if (taxonomy === 'none' && raw.occupationMap !== undefined)
    throw new UserError('--occupation-map needs a taxonomy; --taxonomy none groups postings by title.');
  return {
    taxonomy,
    ...(raw.level === undefined ? {} : { level: raw.level.trim() }),
    ...(raw.occupationMap === undefined ? {} : { occupationMap: await readText(raw.occupationMap) }),
  };
}
