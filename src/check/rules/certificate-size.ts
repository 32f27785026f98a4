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
      const distinct = new Set(projects);
      if (distinct.size <= MAX_PROJECTS) return [];
      // Point at the first project over the limit, a project named twice counting once.
      const firsts = [...distinct].slice(0, MAX_PROJECTS + 1);
      return [
        {
          path: [...path, projects.indexOf(firsts[MAX_PROJECTS]!)],
          severity: 'warning',
          message: `${name} holds ${distinct.size} projects; a certificate is 1 or ${MAX_PROJECTS} projects of the program, so split it or offer the whole program.`,
        },
      ];
    });
  },
};
