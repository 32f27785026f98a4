import { cycleFindings, firstNodes } from '../find-cycles.js';
import type { Rule } from '../rule.js';

export const prerequisiteCycle: Rule = {
  code: 'prerequisite-cycle',
  severity: 'error',
  description: 'Projects whose `requires` form a cycle (each project in it is reported).',
  docs: {
    why: 'A cycle of prerequisites means no project of it can ever be started.',
    bad: 'projects:\n  - id: api\n    requires: [frontend]\n  - id: frontend\n    requires: [api]',
    good: 'projects:\n  - id: api\n  - id: frontend\n    requires: [api]',
  },
  check({ model }) {
    const projects = firstNodes(
      model.projects,
      (project) => project.id,
      (project) => project.requires,
    );
    return cycleFindings(
      projects,
      { list: 'projects', field: 'requires', tangle: 'require each other' },
      (id, description) => `Project "${id}" is part of a prerequisite cycle: ${description}.`,
    );
  },
};
