import { hasUnreadableSkills, validatedSkills } from '../coverage.js';
import type { Rule } from '../rule.js';

export const orphanCourse: Rule = {
  code: 'orphan-course',
  severity: 'warning',
  description: 'A course that teaches no skill any project validates.',
  docs: {
    why: 'Courses exist to prepare projects: a course that serves no project has no reason to exist, and producing one costs months.',
    bad: 'courses:\n  - id: history-of-computing\n    title: A History of Computing\n    skills: []',
    good: 'courses:\n  - id: learn-sql\n    title: Learn SQL\n    skills: [sql]   # validated by a project',
  },
  check({ model }) {
    if (hasUnreadableSkills(model.projects)) return [];
    const validated = validatedSkills(model);
    return model.courses
      .filter((course) => course.value.skills !== undefined && !course.value.skills.some((skill) => validated.has(skill)))
      .map((course) => ({
        path: ['courses', course.index],
        message: `Course "${course.value.id ?? course.index + 1}" teaches no skill that a project validates.`,
      }));
  },
};
