import type { ProgramModel } from '../../load/types.js';
import { describeCycle, findCycles } from '../find-cycles.js';
import type { Finding, Rule } from '../rule.js';

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
    const findings: Finding[] = [];
    const first = firstProjects(model);
    const edges = new Map([...first].map(([id, project]) => [id, project.requires]));
    for (const cycle of findCycles(edges)) {
      const members = new Set(cycle);
      const description = describeCycle(cycle, edges, 'require each other');
      for (const id of cycle) {
        const { index, requires } = first.get(id)!;
        findings.push({
          path: ['projects', index, 'requires', requires.findIndex((required) => members.has(required))],
          message: `Project "${id}" is part of a prerequisite cycle: ${description}.`,
        });
      }
    }
    return findings;
  },
};

interface FirstProject {
  index: number;
  requires: string[];
}

/** Each id's first project in program order. */
function firstProjects(model: ProgramModel): Map<string, FirstProject> {
  const first = new Map<string, FirstProject>();
  for (const project of model.projects) {
    const id = project.value.id;
    if (typeof id === 'string' && !first.has(id)) first.set(id, { index: project.index, requires: project.value.requires ?? [] });
  }
  return first;
}
