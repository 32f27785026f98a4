// What the coder needs from a taxonomy, whichever it is: codes and labels at each level for
// the occupations (leaves) its titles name. The titles themselves are in a TitleIndex.

export interface Taxonomy {
  /** 'onet', 'rome', or the user file's name. */
  readonly name: string;
  /** Its levels, default first. */
  readonly levels: readonly string[];
  /** The code of a leaf at a level. */
  codeOf(leaf: number, level: string): string;
  /** The leaf a code stands for, as the reviewed tables write codes; undefined if unknown. */
  leafOf(code: string): number | undefined;
  /** The taxonomy's label of a code at a level, or undefined if it is not a code of that level. */
  labelOf(code: string, level: string): string | undefined;
  /**
   * The codes of a group level, whose labels name no title of the taxonomy (O*NET's minor and
   * major groups, ROME's domains and families), sorted; empty at other levels.
   */
  groupCodes?(level: string): readonly string[];
  /**
   * Words a title must hold for a leaf to be its occupation, or undefined when any title may
   * name it: O*NET's military occupations need a military word ("General" is not an officer
   * in "Veterinary Extern - General Practice").
   */
  contextOf?(leaf: number): ReadonlySet<string> | undefined;
  /** A code as users or exports write it, at a level, or undefined. */
  parseCode(text: string, level: string): string | undefined;
}
