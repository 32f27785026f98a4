// The one diagnostic sample every formatter test and golden file is built from.
import type { RuleMeta } from '../../src/check/rule.js';
import { compareDiagnostics, type Diagnostic, type Severity, type Span } from '../../src/diagnostic.js';
import type { ReportContext } from '../../src/report/formatter.js';

export const DATA_ANALYST = 'curricula/data-analyst/program.yaml';
export const UX_DESIGNER = 'curricula/ux-designer/program.yaml';

export const SOURCES: ReadonlyMap<string, string> = new Map([
  [
    DATA_ANALYST,
    `program:
  id: data-analyst
  title: Analyste de données — Data Analyst
  job: data analyst
skills:
  - { id: sql, name: Query relational databases with SQL }
  - { id: dataviz, name: Visualiser des données }
  - { id: python, name: Automate analyses with Python }
  - { id: excel, name: Model budgets in a spreadsheet }
  - { id: stats, name: Apply descriptive statistics }
  - { id: ab-testing, name: Design and read an A/B test }
projects:
  - id: sales-dashboard
    title: Build a sales dashboard for a retail chain
    mission: The sales director wants weekly figures per store.
    skills: [sql, dataviz, sqll]
    hours: 60
  - id: churn-analysis
    title: Analyse du churn — opérateur télécom
    skills: [sql, python, excel, stats, ab-testing, dataviz]
    hours: 80
courses:
  - id: learn-sql
    title: Learn SQL
    skills: [sql, python, excel, stats, ab-testing]
  - id: present-with-slides
    title: Présenter ses résultats
    skills: []
`,
  ],
  [
    UX_DESIGNER,
    `program:
  id: ux-designer
  title: UX Designer
  job: ux designer
skills:
  - { id: ux-research, name: Interview users and synthesise findings }
projects:
  - id: onboarding-redesign
    title: Refondre l'onboarding d'une appli bancaire
    skills: [ux-research]
    hour: 40
  - { id: audit-ux, title: Audit UX 🔍 d'une appli, skills: [ux-research, prototypage] }
courses:
  - { id: interviews, title: Mener des entretiens, skills: [ux-research], status: existing }
`,
  ],
]);

/** The span of the `occurrence`-th `needle` on a 1-based line of a sample file. */
function spanOf(file: string, line: number, needle: string, occurrence = 1): Span {
  const text = SOURCES.get(file)!.split('\n')[line - 1]!;
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`"${needle}" is not on line ${line} of ${file}`);
  return { line, column: index + 1, endLine: line, endColumn: index + 1 + needle.length };
}

function diagnostic(rule: string, severity: Severity, message: string, file: string, span: Span): Diagnostic {
  return { rule, severity, message, file, ...span };
}

/** Sorted by file, line, column, rule, as the runner hands them over. */
export const DIAGNOSTICS: readonly Diagnostic[] = [
  diagnostic(
    'skill-without-course',
    'warning',
    'Skill "dataviz" is validated by project "sales-dashboard" but taught by no course.',
    DATA_ANALYST,
    spanOf(DATA_ANALYST, 7, 'dataviz'),
  ),
  diagnostic(
    'unknown-reference',
    'error',
    'Project "sales-dashboard" names unknown skill "sqll"; did you mean "sql"?',
    DATA_ANALYST,
    spanOf(DATA_ANALYST, 16, 'sqll'),
  ),
  diagnostic(
    'project-skill-limit',
    'error',
    'Project "churn-analysis" validates 6 skills, 100% of the program: more than 5 is an error.\n' +
      'Split it into two projects, or let another project validate some of them.',
    DATA_ANALYST,
    spanOf(DATA_ANALYST, 20, '[sql, python, excel, stats, ab-testing, dataviz]'),
  ),
  diagnostic(
    'orphan-course',
    'warning',
    'Course "present-with-slides" teaches no skill that a project validates.',
    DATA_ANALYST,
    { line: 26, column: 5, endLine: 28, endColumn: 15 },
  ),
  diagnostic(
    'schema',
    'error',
    'Project "onboarding-redesign" has unknown key "hour"; did you mean "hours"?',
    UX_DESIGNER,
    spanOf(UX_DESIGNER, 11, 'hour'),
  ),
  diagnostic(
    'unknown-reference',
    'error',
    'Project "audit-ux" names unknown skill "prototypage".',
    UX_DESIGNER,
    spanOf(UX_DESIGNER, 12, 'prototypage'),
  ),
  diagnostic(
    'project-count',
    'warning',
    'Program "ux-designer" has 2 projects; a program usually has 5 to 15.',
    UX_DESIGNER,
    spanOf(UX_DESIGNER, 7, 'projects'),
  ),
].sort(compareDiagnostics);

function rule(code: string, severity: Severity, description: string, why: string, bad: string, good: string): RuleMeta {
  return { code, severity, description, docs: { why, bad, good } };
}

export const RULES: readonly RuleMeta[] = [
  rule(
    'schema',
    'error',
    'A missing field, a wrong type, an unknown key, a bad id.',
    'An unknown key is almost always a typo that silently drops data.',
    'projects:\n  - id: sales-dashboard\n    hour: 60\n',
    'projects:\n  - id: sales-dashboard\n    hours: 60\n',
  ),
  rule(
    'unknown-reference',
    'error',
    'A project or course naming a skill, or a requires naming a project, that does not exist.',
    'A reference to nothing means a skill the program claims but never defines.',
    'projects:\n  - id: sales-dashboard\n    skills: [sqll]\n',
    'projects:\n  - id: sales-dashboard\n    skills: [sql]\n',
  ),
  rule(
    'project-skill-limit',
    'warning',
    'A project that validates too many skills.',
    'A jury cannot assess more than four or five skills on one project.',
    'skills: [sql, python, excel, stats, ab-testing, dataviz]\n',
    'skills: [sql, dataviz]\n',
  ),
  rule(
    'skill-without-course',
    'warning',
    'A skill validated by a project but taught by no course.',
    'Students are assessed on a skill nobody teaches them.',
    'courses: []\n',
    'courses:\n  - { id: learn-sql, title: Learn SQL, skills: [sql] }\n',
  ),
  rule(
    'orphan-course',
    'warning',
    'A course that teaches no skill any project validates.',
    'A course that serves no project has no reason to exist: it costs about five months to produce.',
    'courses:\n  - { id: present-with-slides, title: Slides, skills: [] }\n',
    'courses:\n  - { id: present-with-slides, title: Slides, skills: [dataviz] }\n',
  ),
  rule(
    'project-count',
    'warning',
    'Fewer than 5 or more than 15 projects.',
    'About ten projects cover a job; too few miss missions, too many exhaust learners.',
    'projects:\n  - id: only-one\n',
    'projects: # ten projects, one per real mission of the job\n',
  ),
];

export function sampleContext(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    rules: RULES,
    summary: { programs: 2, files: 2, errors: 4, warnings: 3 },
    color: false,
    sources: SOURCES,
    toolVersion: '0.1.0',
    ...overrides,
  };
}
