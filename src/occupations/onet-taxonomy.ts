// O*NET-SOC 2019 (O*NET 29.2) as the coder sees it: leaves are the 1,016 O*NET occupations.

import type { CompactTitles } from './compact-titles.js';
import { LEVELS } from './levels.js';
import type { Taxonomy } from './taxonomy.js';

/** The shape of data/occupations/onet.bin.gz. */
export interface OnetData {
  occupations: [code: string, title: string][];
  groups: [code: string, level: 'minor' | 'major', label: string][];
  /** SOC 6-digit code -> its broad occupation (level minor). */
  broadOf: [soc: string, broad: string][];
  /** The titles, reviewed tables applied (absent while the build script assembles the file). */
  titles?: CompactTitles;
}

/** Words that place a title in the armed forces, where O*NET's military occupations (55-xxxx) belong. */
const MILITARY = new Set(
  'military army navy naval marine marines usmc usaf infantry artillery soldier combat armor armored tactical squadron battalion platoon brigade sergeant lieutenant colonel warfare weapon missile'.split(
    ' ',
  ),
);

const CODE = /^(\d{2}-\d{4})(\.\d{2})?(?![\d.])/;

export function onetTaxonomy(data: OnetData): Taxonomy {
  const codes = data.occupations.map(([code]) => code);
  const leafByCode = new Map(codes.map((code, leaf) => [code, leaf]));
  const titleByCode = new Map(data.occupations);
  const broadOf = new Map(data.broadOf);
  const groupLabels = new Map(data.groups.map(([code, level, label]) => [`${level} ${code}`, label]));

  const socToLevel = (soc: string, level: string): string | undefined => {
    if (level === 'soc') return soc;
    if (level === 'onet') return leafByCode.has(`${soc}.00`) ? `${soc}.00` : undefined;
    if (level === 'minor') return broadOf.get(soc);
    return `${soc.slice(0, 2)}-0000`;
  };
  // Codes by level and leaf, made once: the coder asks for them for every title it codes.
  const codesByLevel = new Map<string, string[]>([['onet', codes]]);
  const codeOf = (leaf: number, level: string): string => {
    let atLevel = codesByLevel.get(level);
    if (!atLevel) {
      atLevel = codes.map((code) => socToLevel(code.slice(0, 7), level)!);
      codesByLevel.set(level, atLevel);
    }
    return atLevel[leaf]!;
  };

  return {
    name: 'onet',
    levels: LEVELS.onet,
    codeOf,
    leafOf: (code) => leafByCode.get(code.length === 7 ? `${code}.00` : code),
    contextOf: (leaf) => (codes[leaf]!.startsWith('55-') ? MILITARY : undefined),
    groupCodes: (level) =>
      data.groups
        .filter(([, of]) => of === level)
        .map(([code]) => code)
        .sort(),
    labelOf(code, level) {
      if (level === 'onet') return titleByCode.get(code);
      if (level === 'soc') return titleByCode.get(`${code}.00`);
      return groupLabels.get(`${level} ${code}`);
    },
    parseCode(text, level) {
      const match = CODE.exec(text.trim());
      if (!match) return undefined;
      const [, soc, suffix] = match as unknown as [string, string, string | undefined];
      if (suffix !== undefined) {
        const leaf = leafByCode.get(soc + suffix);
        return leaf === undefined ? undefined : codeOf(leaf, level);
      }
      if (broadOf.has(soc)) return socToLevel(soc, level);
      if (groupLabels.has(`minor ${soc}`)) return level === 'minor' ? soc : level === 'major' ? `${soc.slice(0, 2)}-0000` : undefined;
      if (groupLabels.has(`major ${soc}`)) return level === 'major' ? soc : undefined;
      return undefined;
    },
  };
}
