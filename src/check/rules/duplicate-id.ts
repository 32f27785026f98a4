import type { Rule } from '../rule.js';

const LISTS = [
  ['skills', 'skill'],
  ['projects', 'project'],
  ['courses', 'course'],
  ['feedback', 'feedback item'],
] as const;

export const duplicateId: Rule = {
  code: 'duplicate-id',
  severity: 'error',
  description: 'Two skills, projects, courses or feedback items of a program with one id; two programs with one id.',
  docs: {
    why: 'References name items by id: with two items under one id, nobody can tell which one a project validates.',
    bad: 'skills:\n  - id: sql\n    name: Query databases with SQL\n  - id: sql\n    name: Write SQL reports',
    good: 'skills:\n  - id: sql\n    name: Query databases with SQL\n  - id: sql-reporting\n    name: Write SQL reports',
  },
  check({ model }) {
    return LISTS.flatMap(([list, noun]) => {
      const seen = new Set<string>();
      return (model[list] ?? []).flatMap((item) => {
        const id = item.value.id;
        if (typeof id !== 'string') return [];
        if (!seen.has(id)) {
          seen.add(id);
          return [];
        }
        return [{ path: [list, item.index, 'id'], message: `The ${noun} id "${id}" is used twice in this program.` }];
      });
    });
  },
};
