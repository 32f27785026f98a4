import { hasUnreadableSkills, taughtSkills, validatedSkills } from '../coverage.js';
import type { Rule } from '../rule.js';

export const skillWithoutCourse: Rule = {
  code: 'skill-without-course',
  severity: 'warning',
  description: 'A skill validated by a project but taught by no course.',
  docs: {
    why: 'Learners need a course or resource to prepare each skill their projects assess.',
    bad: 'projects:\n  - id: sales-report\n    skills: [sql]\ncourses: []',
    good: 'projects:\n  - id: sales-report\n    skills: [sql]\ncourses:\n  - id: learn-sql\n    title: Learn SQL\n    skills: [sql]',
  },
  check({ model }) {
    if (hasUnreadableSkills(model.courses)) return [];
    const validated = validatedSkills(model);
    const taught = taughtSkills(model);
    return model.skills
      .filter((skill) => typeof skill.value.id === 'string' && validated.has(skill.value.id) && !taught.has(skill.value.id))
      .map((skill) => ({
        path: ['skills', skill.index],
        message: `Skill "${skill.value.id}" is validated by a project but taught by no course.`,
      }));
  },
};
