// The chosen career's skills as a `skills:` list to paste into a program file.
import { createRequire } from 'node:module';
import { plural } from '../../text/plural.js';
import type { Formatter } from './columns.js';

/** yaml, loaded on first use (30 ms): the formats are all loaded, and only `--format yaml` needs it. */
let yamlModule: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

export const formatYaml: Formatter = (ranking) => {
  const career = ranking.careers[0];
  const used = new Set<string>();
  const skills = (career?.skills ?? []).map((row) => ({
    id: uniqueId(skillId(row.skill), used),
    name: row.skill,
    market_share: row.share,
  }));
  const comment = career
    ? `# Skills of "${career.title}" postings: share of its ${plural(career.postings, 'posting')} asking for each.\n`
    : '';
  return comment + yaml().stringify({ skills });
};

/** Kebab-case ASCII: `Power BI` -> `power-bi`, `C++` -> `c-plus-plus`, `C#` -> `c-sharp`. */
function skillId(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return id || 'skill';
}

function uniqueId(id: string, used: Set<string>): string {
  let unique = id;
  for (let n = 2; used.has(unique); n++) unique = `${id}-${n}`;
  used.add(unique);
  return unique;
}
