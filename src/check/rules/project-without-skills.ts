import type { Rule } from '../rule.js';

export const projectWithoutSkills: Rule = {
  code: 'project-without-skills',
  severity: 'error',
  description: 'A project that validates no skill.',
  docs: {
    why: 'Projects are what learners are assessed on: a project that validates no skill assesses nothing.',
    bad: 'projects:\n  - id: team-retrospective\n    skills: []',
    good: 'projects:\n  - id: team-retrospective\n    skills: [agile-practice]',
  },
  check({ model }) {
    return model.projects
      .filter((project) => project.value.skills?.length === 0)
      .map((project) => ({
        path: ['projects', project.index, 'skills'],
        message: `Project "${project.value.id ?? project.index + 1}" validates no skill; list the skills it proves under "skills".`,
      }));
  },
};
