import type { Rule } from '../rule.js';

export const projectCount: Rule = {
  code: 'project-count',
  severity: 'warning',
  description: 'Fewer than 5 or more than 15 projects (limits configurable).',
  docs: {
    why: 'The method designs about ten projects: too few cannot cover a job, too many fragment it.',
    bad: 'projects:\n  - id: only-project\n    skills: [sql]',
    good: 'projects:   # about ten projects, each inspired by a real mission\n  - id: sales-report\n  - id: churn-analysis\n  # ...',
  },
  check({ model, config }) {
    // Without a program block this folder is not a program yet: the schema error says so.
    if (Object.keys(model.program).length === 0) return [];
    const { min, max } = config.limits.projects;
    const count = model.projects.length;
    if (count >= min && count <= max) return [];
    return [
      {
        path: count === 0 ? ['program'] : ['projects'],
        target: 'key' as const,
        message: `The program has ${count} project${count === 1 ? '' : 's'}; design ${min} to ${max} (about ten).`,
      },
    ];
  },
};
