import { hasUnreadableSkills, validatedSkills } from '../coverage.js';
import type { Rule } from '../rule.js';

export const skillNotValidated: Rule = {
  code: 'skill-not-validated',
  severity: 'error',
  description: 'A skill that no project validates: the program does not deliver it.',
  docs: {
    why: 'Every skill of the program must be proven by at least one project, or the program promises what it does not assess.',
    bad: 'skills:\n  - id: sql\n    name: Query databases with SQL\nprojects:\n  - id: budget-sheet\n    skills: [spreadsheets]',
    good: 'skills:\n  - id: sql\n    name: Query databases with SQL\nprojects:\n  - id: sales-report\n    skills: [sql, spreadsheets]',
  },
  check({ model }) {
    if (hasUnreadableSkills(model.projects)) return [];
    const validated = validatedSkills(model);
    return model.skills
      .filter((skill) => typeof skill.value.id === 'string' && !validated.has(skill.value.id))
      .map((skill) => ({
        path: ['skills', skill.index],
        message: `Skill "${skill.value.id}" is validated by no project; add it to a project's "skills" or remove it.`,
      }));
  },
};
