import type { ProgramModel } from '../../load/types.js';
import type { Finding, Rule } from '../rule.js';

/** The most required projects a message names. */
const NAMED = 10;

export const certificatePrerequisite: Rule = {
  code: 'certificate-prerequisite',
  severity: 'warning',
  description: "A certificate's project that requires (`requires`) a project the certificate leaves out.",
  docs: {
    why: "A learner who takes only the certificate never does the projects outside it. A project requires another when it names it in its `requires`: program order and shared skills are not requirements. Requirements through a chain are covered too, since the chain leaves the certificate at one project's own `requires`. Add the required project to the certificate (two at most), or choose projects that stand alone.",
    bad: 'projects:\n  - id: subscription-kpis\n  - id: retail-sales-dashboard\n    requires: [subscription-kpis]\ncertificates:\n  - id: bi-dashboards\n    projects: [retail-sales-dashboard]',
    good: 'certificates:\n  - id: bi-dashboards\n    projects: [subscription-kpis, retail-sales-dashboard]',
  },
  check({ model }) {
    const requires = requirements(model);
    return model.certificates.flatMap((certificate) => {
      const projects = certificate.value.projects ?? [];
      const members = new Set(projects);
      const seen = new Set<string>();
      return projects.flatMap((id, position): Finding[] => {
        if (seen.has(id)) return [];
        seen.add(id);
        const outside = (requires.get(id) ?? []).filter((required) => !members.has(required) && requires.has(required));
        if (outside.length === 0) return [];
        return [
          {
            path: ['certificates', certificate.index, 'projects', position],
            message: `Certificate "${certificate.value.id ?? certificate.index + 1}" holds project "${id}", which requires ${nameProjects(outside)} outside the certificate; a learner taking only the certificate has not done ${outside.length === 1 ? 'it' : 'them'}.`,
          },
        ];
      });
    });
  },
};

/** `project "a"`, `projects "a", "b"`: at most ten names, then how many more. */
function nameProjects(ids: readonly string[]): string {
  const named = ids
    .slice(0, NAMED)
    .map((id) => `"${id}"`)
    .join(', ');
  const more = ids.length > NAMED ? ` and ${ids.length - NAMED} more` : '';
  return `${ids.length === 1 ? 'project' : 'projects'} ${named}${more}`;
}

/** Each project's `requires`, from its first definition in program order; unreadable lists count as none. */
function requirements(model: ProgramModel): Map<string, string[]> {
  const requires = new Map<string, string[]>();
  for (const project of model.projects) {
    const id = project.value.id;
    if (typeof id === 'string' && !requires.has(id)) requires.set(id, [...new Set(project.value.requires ?? [])]);
  }
  return requires;
}
