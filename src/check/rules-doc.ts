// docs/rules.md, generated from the registry so the docs never drift from the rules.

import { LIMIT_DEFAULTS } from '../model/defaults.js';
import type { RuleMeta } from './rule.js';

export function renderRulesDoc(rules: readonly RuleMeta[]): string {
  const table = rules.map((rule) => `| [\`${rule.code}\`](#${rule.code}) | ${rule.severity} | ${rule.description} |`);
  const sections = rules.map((rule) =>
    [
      `## ${rule.code}`,
      '',
      `**Default severity:** ${rule.severity}. ${rule.description}`,
      '',
      rule.docs.why,
      '',
      'Fails:',
      '',
      '```yaml',
      rule.docs.bad,
      '```',
      '',
      'Passes:',
      '',
      '```yaml',
      rule.docs.good,
      '```',
    ].join('\n'),
  );
  return [
    '# `curriculum check` rules',
    '',
    '<!-- Generated from src/check/registry.ts by `npm run test:update`; do not edit by hand. -->',
    '',
    'Every diagnostic names its rule. A rule can be turned off or re-graded in `curriculum.config.yaml`:',
    '',
    '```yaml',
    'rules:',
    '  orphan-course: off        # off | warning | error',
    'limits:',
    `  skills_per_project: { warn_above: ${LIMIT_DEFAULTS.skills_per_project.warn_above}, max: ${LIMIT_DEFAULTS.skills_per_project.max} }`,
    `  projects: { min: ${LIMIT_DEFAULTS.projects.min}, max: ${LIMIT_DEFAULTS.projects.max} }`,
    '```',
    '',
    '| rule | severity | what it catches |',
    '| --- | --- | --- |',
    ...table,
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}
