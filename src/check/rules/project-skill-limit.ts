import type { Rule } from '../rule.js';

export const projectSkillLimit: Rule = {
  code: 'project-skill-limit',
  severity: 'warning',
  description: 'A project that validates too many skills: a warning above 4, an error above 5 (configurable).',
  docs: {
    why: 'A jury cannot assess many skills on one project; the method asks for one to four skills per project, five at the very most.',
    bad: 'projects:\n  - id: full-stack-app\n    skills: [html, css, javascript, react, node, sql]',
    good: 'projects:\n  - id: landing-page\n    skills: [html, css]\n  - id: full-stack-app\n    skills: [react, node, sql]',
  },
  check({ model, config }) {
    const { warn_above: warnAbove, max } = config.limits.skills_per_project;
    return model.projects.flatMap((project) => {
      const count = project.value.skills?.length ?? 0;
      if (count <= warnAbove) return [];
      const severity = count > max ? ('error' as const) : ('warning' as const);
      const limit = severity === 'error' ? `at most ${max}` : `at most ${warnAbove} (${max} tolerated)`;
      return [
        {
          path: ['projects', project.index, 'skills', severity === 'error' ? max : warnAbove],
          severity,
          message: `Project "${project.value.id ?? project.index + 1}" validates ${count} skills; a project validates ${limit}.`,
        },
      ];
    });
  },
};
