// The taxonomies the package ships and the levels at which each one codes.

import { UserError } from '../errors/user-error.js';

/** A built-in taxonomy: O*NET-SOC 2019 (O*NET 29.2) or ROME 4.0 (v460). */
export type TaxonomyName = 'onet' | 'rome';

/** The levels of each built-in taxonomy, finest first but for the default, which comes first. */
export const LEVELS = {
  /** soc: SOC 6-digit (29-1141); onet: O*NET 8-digit (29-1141.03); minor: SOC broad occupation (29-1140); major: 29-0000. */
  onet: ['soc', 'onet', 'minor', 'major'],
  /** rome: the 532 ROME codes of France Travail's statistics (M1805); fiche: ROME 4.0's 1,584 codes (M1861); domain: M18; family: M. */
  rome: ['rome', 'fiche', 'domain', 'family'],
} as const satisfies Record<TaxonomyName, readonly string[]>;

/** The only level of a user's own taxonomy file: its codes. */
export const USER_LEVEL = 'code';

/** The level asked for, or the taxonomy's default; a UserError naming the allowed levels otherwise. */
export function checkLevel(taxonomy: string, levels: readonly string[], level: string | undefined): string {
  if (level === undefined) return levels[0]!;
  if (levels.includes(level)) return level;
  throw new UserError(notALevel(taxonomy, levels, level));
}

/** Why `level` is none of a taxonomy's `levels`, naming those it has. */
export function notALevel(taxonomy: string, levels: readonly string[], level: string): string {
  const allowed = levels.map((name) => `"${name}"`).join(', ');
  return `Level "${level}" is not a level of taxonomy "${taxonomy}"; use one of ${allowed}.`;
}
