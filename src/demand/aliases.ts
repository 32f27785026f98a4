// The alias file: maps title and skill variants to one name. Format (YAML):
//
//   titles:
//     data analyst: [analyste de données, analyste data]
//   skills:
//     javascript: [js, ecmascript]
//
// Names and variants are normalised like the data before matching.
import { createRequire } from 'node:module';
import { UserError } from '../errors/user-error.js';
import { findExcessiveNesting, MAX_NESTING_DEPTH } from '../load/nesting-depth.js';
import { normalizeTitle } from './normalize-title.js';
import { normalizeSkill } from './parse-skills.js';

/** yaml, loaded on first use (30 ms): `rank-jobs` without an alias or vocabulary file never needs it. */
let yamlModule: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

export interface Aliases {
  titles: Map<string, string>;
  skills: Map<string, string>;
}

export const NO_ALIASES: Aliases = { titles: new Map(), skills: new Map() };

export function parseAliases(text: string, file: string): Aliases {
  const data = parseYamlMapping(text, file);
  for (const key of Object.keys(data)) {
    if (key !== 'titles' && key !== 'skills')
      throw new UserError(`Alias file "${file}" has unknown key "${key}" (expected "titles" and "skills").`);
  }
  return {
    titles: readGroups(data.titles, normalizeTitle, file, 'titles'),
    skills: readGroups(data.skills, normalizeSkill, file, 'skills'),
  };
}

/** A YAML document that must be a mapping; shared with the vocabulary file. */
export function parseYamlMapping(text: string, file: string): Record<string, unknown> {
  // The same guard as curriculum files: deep nesting exhausts yaml's memory and stack.
  const tooDeep = findExcessiveNesting(text, MAX_NESTING_DEPTH);
  if (tooDeep !== undefined) {
    const line = text.slice(0, tooDeep).split('\n').length;
    throw new UserError(
      `File "${file}" is nested more than ${MAX_NESTING_DEPTH} levels deep (line ${line}); alias and vocabulary files need two.`,
    );
  }
  let data: unknown;
  try {
    data = yaml().parse(text, { maxAliasCount: 100, logLevel: 'error' });
  } catch (error) {
    throw new UserError(`File "${file}" is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new UserError(`File "${file}" must be a YAML mapping.`);
  return data as Record<string, unknown>;
}

/** `name: [variant, ...]` groups as a variant -> name map (each name is also its own variant). */
export function readGroups(value: unknown, normalize: (text: string) => string, file: string, key: string): Map<string, string> {
  const map = new Map<string, string>();
  if (value === undefined || value === null) return map;
  if (typeof value !== 'object' || Array.isArray(value))
    throw new UserError(`File "${file}": "${key}" must map each name to a list of variants.`);
  for (const [name, variants] of Object.entries(value)) {
    const list = variants === null ? [] : Array.isArray(variants) ? variants : [variants];
    const canonical = normalize(name);
    map.set(canonical, canonical);
    for (const variant of list) {
      if (typeof variant !== 'string' && typeof variant !== 'number') {
        throw new UserError(`File "${file}": variants of "${name}" under "${key}" must be strings.`);
      }
      map.set(normalize(String(variant)), canonical);
    }
  }
  return map;
}

/** A title normalised like the data, aliases applied (also how `--job` is read). */
export function careerName(title: string, aliases: Aliases): string {
  const normal = normalizeTitle(title);
  return aliases.titles.get(normal) ?? normal;
}
