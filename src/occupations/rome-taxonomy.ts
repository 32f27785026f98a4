// ROME 4.0 (v460) as the coder sees it: a leaf is a detailed code (fiche) together with the
// code of France Travail's statistics it rolls up to, which for an appellation is the
// appellation's own code_rome_parent (docs/occupations.md, "ROME levels").

import type { CompactTitles } from './compact-titles.js';
import { LEVELS } from './levels.js';
import type { Taxonomy } from './taxonomy.js';

/** The shape of data/occupations/rome.bin.gz. */
export interface RomeData {
  fiches: [code: string, label: string, parent: string][];
  groups: [code: string, level: 'domain' | 'family', label: string][];
  leaves: [fiche: number, parent: number][];
  /** The titles, reviewed tables applied (absent while the build script assembles the file). */
  titles?: CompactTitles;
}

/** A ROME code opening a cell ("M1805", "m1805 - Études et développement"), or a whole cell holding a group code ("M18", "M"). */
const CODE = /^(?:([a-n]\d{4})(?![\p{L}\p{N}])|([a-n]\d{2}|[a-n])$)/iu;

export function romeTaxonomy(data: RomeData): Taxonomy {
  const fiches = data.fiches;
  const ficheIndex = new Map(fiches.map(([code], index) => [code, index]));
  // leafOf adds the leaves of reviewed codes to data.leaves (the build script stores them).
  const leaves = data.leaves;
  const leafIndex = new Map(leaves.map(([fiche, parent], leaf) => [`${fiche} ${parent}`, leaf]));
  const groupLabels = new Map(data.groups.map(([code, , label]) => [code, label]));

  const parentOf = (fiche: number) => ficheIndex.get(fiches[fiche]![2])!;
  const atLevel = (fiche: number, parent: number, level: string): string => {
    if (level === 'fiche') return fiches[fiche]![0];
    const rome = fiches[parent]![0];
    return level === 'rome' ? rome : level === 'domain' ? rome.slice(0, 3) : rome.slice(0, 1);
  };
  const isParent = (code: string) => fiches[ficheIndex.get(code) ?? -1]?.[2] === code;

  return {
    name: 'rome',
    levels: LEVELS.rome,
    codeOf: (leaf, level) => atLevel(leaves[leaf]![0], leaves[leaf]![1], level),
    leafOf(code) {
      const fiche = ficheIndex.get(code);
      if (fiche === undefined) return undefined;
      const id = `${fiche} ${parentOf(fiche)}`;
      let leaf = leafIndex.get(id);
      if (leaf === undefined) {
        leaf = leaves.push([fiche, parentOf(fiche)]) - 1;
        leafIndex.set(id, leaf);
      }
      return leaf;
    },
    groupCodes: (level) =>
      data.groups
        .filter(([, of]) => of === level)
        .map(([code]) => code)
        .sort(),
    labelOf(code, level) {
      if (level === 'fiche') return fiches[ficheIndex.get(code) ?? -1]?.[1];
      if (level === 'rome') return isParent(code) ? fiches[ficheIndex.get(code)!]![1] : undefined;
      const expected = level === 'domain' ? 3 : 1;
      return code.length === expected ? groupLabels.get(code) : undefined;
    },
    parseCode(text, level) {
      const match = CODE.exec(text.trim());
      if (!match) return undefined;
      const code = (match[1] ?? match[2]!).toUpperCase();
      const fiche = ficheIndex.get(code);
      if (fiche !== undefined) return atLevel(fiche, parentOf(fiche), level);
      if (code.length === 3 && groupLabels.has(code)) return level === 'domain' ? code : level === 'family' ? code[0] : undefined;
      if (code.length === 1 && groupLabels.has(code)) return level === 'family' ? code : undefined;
      return undefined;
    },
  };
}
