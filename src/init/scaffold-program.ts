// The files `curriculum init` writes for a new program: the market's skills, and guidance
// comments on the reverse-design rules where the designer's work begins.
import { stringify } from 'yaml';
import type { JobDemand } from '../demand/job-demand.js';
import { LIST_DEFAULTS, PROGRAM_DEFAULTS } from '../model/defaults.js';
import { plural } from '../text/plural.js';
import { uniqueIds } from './kebab-id.js';

export interface ScaffoldInput {
  /** Program id (kebab-case). */
  id: string;
  demand: JobDemand;
  /** How many of the most-requested skills to list (those asked by at least 1% of the postings). */
  top: number;
  /** The market files, as the user named them, for the header comment. */
  sources: readonly string[];
  /** The day the market was read (YYYY-MM-DD), for the header comment. */
  day: string;
  /** Whether the exports had skills at all (a skills column, a skills file or a vocabulary). */
  skillsRead: boolean;
}

/** File name -> text, in writing order. */
export function scaffoldProgram(input: ScaffoldInput): Map<string, string> {
  return new Map([
    ['program.yaml', programFile(input)],
    ['projects.yaml', PROJECTS_GUIDE],
    ['courses.yaml', COURSES_GUIDE],
  ]);
}

function programFile({ id, demand, top, sources, day, skillsRead }: ScaffoldInput): string {
  const skills = demand.skills.filter((skill) => skill.share >= LIST_DEFAULTS.initMinShare).slice(0, top);
  const ids = uniqueIds(
    skills.map((s) => s.skill),
    'skill',
  );
  const lines = [
    `# Program scaffolded by \`curriculum init\` on ${day} from ${plural(demand.postings, 'posting')} for "${demand.label}" in ${sources.join(', ')}.`,
    '#',
    '# Reverse design, step 2 (skills): keep the skills this program will deliver, delete the',
    '# others, and rewrite each "name" as a sentence a learner and a jury understand',
    '# ("Query relational databases with SQL"). market_share is the share of the postings',
    '# asking for the skill. Projects come next, in projects.yaml; courses last, in courses.yaml.',
    'program:',
    `  id: ${id}`,
    // An occupation's label is written as its taxonomy spells it; a normalised title is lower case.
    `  title: ${scalar(demand.job === demand.label ? titleCase(demand.label) : demand.label.replace(/\s+/g, ' '))}`,
    `  job: ${scalar(demand.job)}${demand.job === demand.label ? '' : `        # ${demand.label.replace(/\s+/g, ' ')}`}`,
    `  hours_per_week: ${PROGRAM_DEFAULTS.hours_per_week}        # learner pace`,
    '  production:',
    `    design_months: ${PROGRAM_DEFAULTS.production.design_months}        # steps 1-3: market, skills, projects`,
    `    course_months: ${PROGRAM_DEFAULTS.production.course_months}        # production time of one course with experts`,
    `    teams: ${PROGRAM_DEFAULTS.production.teams}                # courses produced in parallel`,
    'skills:',
  ];
  skills.forEach((skill, index) => {
    lines.push(`  - id: ${ids[index]}`, `    name: ${scalar(skill.skill)}        # edit me`, `    market_share: ${round(skill.share)}`);
  });
  if (skills.length === 0 && !skillsRead)
    lines.push(
      '  []   # the exports name no skill (no skills column): list the skills yourself, or find them in descriptions with --vocabulary',
    );
  else if (skills.length === 0) lines.push('  []   # no skill is asked by 1% or more of the postings: list the skills yourself');
  return `${lines.join('\n')}\n`;
}

const PROJECTS_GUIDE = `# Reverse design, step 3 (projects): design about ten projects (5 to 15), in program order.
# - Each imitates a real mission of the job, as a manager would brief it.
# - Each validates 1 to 4 skills of program.yaml (5 at the very most).
# - Every skill of the program is validated by at least one project.
# \`curriculum check\` reports each of these rules until they hold.
#
# projects:
#   - id: weekly-sales-report
#     title: Build the weekly sales report of a retail chain
#     mission: The sales director wants every Monday the sales of last week by store ...
#     skills: [sql, spreadsheets]
#     hours: 30
#     requires: []            # projects that must come first
`;

const COURSES_GUIDE = `# Reverse design, step 4 (courses): only now, list the courses learners need to complete
# the projects. A course that teaches no skill a project validates has no reason to exist.
#
# courses:
#   - id: learn-sql
#     title: Learn SQL
#     skills: [sql]
#     status: to-produce      # to-produce (in-house, about 5 months) | existing | external
#   - id: postgresql-tutorial
#     title: PostgreSQL Tutorial
#     skills: [sql]
#     status: external
#     url: https://www.postgresqltutorial.com/
`;

/** A YAML scalar for any text: plain where safe, quoted where needed. */
function scalar(text: string): string {
  return stringify(text).trimEnd();
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

function round(share: number): number {
  return Math.round(share * 100) / 100;
}
