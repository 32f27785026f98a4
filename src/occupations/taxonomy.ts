// What the coder needs from a taxonomy, whichever it is: titles to match, and codes and
// labels at each level for the occupations those titles name.

/** One title of a taxonomy, indexed by its key (see titleTokens). */
export interface TaxonomyTitle {
  /** The title's comparable words joined by spaces. */
  readonly key: string;
  /** The occupations it names, as leaves of the taxonomy; empty when it was reviewed as too vague to code. */
  readonly leaves: readonly number[];
  /** Whether the head noun is the last word (English) rather than the first (French). */
  readonly headLast: boolean;
}

export interface Taxonomy {
  /** 'onet', 'rome', or the user file's name. */
  readonly name: string;
  /** Its levels, default first. */
  readonly levels: readonly string[];
  readonly titles: readonly TaxonomyTitle[];
  /** The code of a leaf at a level. */
  codeOf(leaf: number, level: string): string;
  /** The leaf a code stands for, as the reviewed tables write codes; undefined if unknown. */
  leafOf(code: string): number | undefined;
  /** The taxonomy's label of a code at a level, or undefined if it is not a code of that level. */
  labelOf(code: string, level: string): string | undefined;
  /** A code as users or exports write it, at a level, or undefined. */
  parseCode(text: string, level: string): string | undefined;
}
