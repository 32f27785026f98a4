import type { Finding, Rule } from '../rule.js';

/** A certificate is a piece of a program a learner takes alone: one or two projects. */
const MAX_PROJECTS = 2;

export const certificateSize: Rule = {
  code: 'certificate-size',
  severity: 'error',
  description: `A certificate with no project (error), or with more than ${MAX_PROJECTS} projects (warning).`,
  docs: {
    why: `A certificate lets a learner who does not want the whole program take one piece of it, and be certified for it: one or two projects. A certificate with no project certifies nothing; one with more than ${MAX_PROJECTS} is becoming a program of its own. A project named twice counts once.`,
    bad: 'certificates:\n  - id: data-foundations\n    title: Data foundations\n    projects: [expense-claims-audit, subscription-kpis, employee-survey-analysis]',
    good: 'certificates:\n  - id: data-foundations\n    title: Data foundations\n    projects: [expense-claims-audit, subscription-kpis]',
  },
  check({ model }) {
    return model.certificates.flatMap((certificate): Finding[] => {
      const projects = certificate.value.projects;
      if (projects === undefined) return [];
      const name = `Certificate "${certificate.value.id ?? certificate.index + 1}"`;
      const path = ['certificates', certificate.index, 'projects'];
      if (projects.length === 0) {
        return [{ path, message: `${name} holds no project; name the 1 or ${MAX_PROJECTS} projects it certifies.` }];
      }
      const firsts = projects.flatMap((id, position) => (projects.indexOf(id) === position ? [position] : []));
      if (firsts.length <= MAX_PROJECTS) return [];
      return [
        {
          path: [...path, firsts[MAX_PROJECTS]!],
          severity: 'warning',
          message: `${name} holds ${firsts.length} projects; a certificate is 1 or ${MAX_PROJECTS} projects of the program, so split it or offer the whole program.`,
        },
      ];
    });
  },
};
