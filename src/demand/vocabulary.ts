// The vocabulary file: finds skills in free text (descriptions) when there is no skills
// column. Format (YAML): a list of skills, or skills mapped to the terms that reveal them:
//
//   skills:
//     sql: [sql, postgresql, mysql]
//     power bi: [power bi, powerbi]
//     python:                      # no terms: the name itself
//
// Terms match case-insensitively as whole words (`r` does not match inside `rust`).
import { UserError } from '../errors/user-error.js';
import { parseYamlMapping, readGroups } from './aliases.js';
import { normalizeSkill } from './parse-skills.js';

/** Finds the distinct skills named in a text. */
export type SkillFinder = (text: string) => string[];

export function parseVocabulary(text: string, file: string): SkillFinder {
  const data = parseYamlMapping(text, file);
  const listed = Object.hasOwn(data, 'skills') ? data.skills : undefined;
  const skills = Array.isArray(listed) ? Object.fromEntries(listed.map((name) => [String(name), null])) : listed;
  const terms = readGroups(skills, normalizeSkill, file, 'skills');
  if (terms.size === 0) throw new UserError(`Vocabulary file "${file}" lists no skills under "skills".`);
  return createSkillFinder(terms);
}

/** `terms` maps each normalised term to its skill. */
function createSkillFinder(terms: Map<string, string>): SkillFinder {
  const alternatives = [...terms.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_]|[+#])`, 'gu');
  return (text) => {
    const found = new Set<string>();
    for (const match of text.normalize('NFKC').toLowerCase().matchAll(pattern)) {
      const skill = terms.get(match[0].replace(/\s+/gu, ' '));
      if (skill) found.add(skill);
    }
    return [...found];
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
