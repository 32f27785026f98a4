import type { Rule } from '../rule.js';

const LISTS = [
  ['skills', 'skill'],
  ['projects', 'project'],
  ['courses', 'course'],
  ['certificates', 'certificate'],
  ['feedback', 'feedback item'],
] as const;

export const duplicateId: Rule = {
  code: 'duplicate-id',
  severity: 'error',
  description:
    'Two skills, projects, courses, certificates or feedback items of a program with one id; two programs with one id; two concepts of a knowledge map, or two maps, with one id.',
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
  checkMap({ map }) {
    const seen = new Set<string>();
    return map.concepts.flatMap((concept) => {
      const id = concept.value.id;
      if (typeof id !== 'string' || !seen.has(id)) {
        if (typeof id === 'string') seen.add(id);
        return [];
      }
      return [{ path: ['concepts', concept.index, 'id'], message: `The concept id "${id}" is used twice in this map.` }];
    });
  },
};
