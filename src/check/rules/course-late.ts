import { readProgram } from '../../load/index.js';
import { cleanNumber } from '../../timeline/clean-number.js';
import { planProduction } from '../../timeline/schedule-production.js';
import type { Rule } from '../rule.js';

export const courseLate: Rule = {
  code: 'course-late',
  severity: 'warning',
  description: 'A course to produce that is ready after a first cohort, starting at `open_month`, reaches the first project that needs it.',
  docs: {
    why: 'The program opens when the courses of its first project are ready, but the first cohort then moves on at `hours_per_week`: project *k* starts after `W_k`, the weeks of the projects before it, at month `open_month + W_k / (52 / 12)`. A course it needs that is still in production leaves the cohort without it. Start the cohort at `safe_open_month` (shown by `render`), produce the course sooner (fewer months, more teams), or reorder the projects. Existing and external courses are ready at month 0 and never late. The rule is silent while the program fails the schema. Messages give months with at most one decimal; where rounding would make the two months read alike, the month a course is ready is rounded up and the month it is needed down.',
    bad: 'program:\n  hours_per_week: 10\n  production: { design_months: 3, teams: 4 }\nprojects:\n  - id: budget-review     # weeks 0-3; its course is ready at 5: the program opens at 5\n    skills: [spreadsheets]\n    hours: 30\n  - id: sales-report      # reached 3 weeks in, at month 5 + 3 / (52 / 12) = 5.7\n    skills: [sql]\n    hours: 45\ncourses:\n  - id: spreadsheets-basics\n    skills: [spreadsheets]\n    months: 2             # from 3 to 5\n  - id: learn-sql         # from 3 to 7: late\n    skills: [sql]\n    months: 4',
    good: 'courses:\n  - id: spreadsheets-basics\n    skills: [spreadsheets]\n    months: 2\n  - id: learn-sql         # from 3 to 5: ready before the cohort reaches sales-report\n    skills: [sql]\n    months: 2',
  },
  check({ model }) {
    const program = readProgram(model);
    if (!program.ok) return [];
    const { schedule, late } = planProduction(program.value);
    return late.map((course) => {
      const [ready, needed] = readyAndNeeded(course.ready_month, course.needed_month);
      return {
        path: ['courses', course.index],
        message:
          `Course "${course.id}" is ready at month ${ready}, but a first cohort starting at month ${month(schedule.open_month, Math.round)} ` +
          `reaches project "${course.project}" at month ${needed}; start the cohort at month ${schedule.safe_open_month} or produce the course earlier.`,
      };
    });
  },
};

/** Both months to one decimal; where rounding would make them read alike, the ready month up and the needed month down. */
function readyAndNeeded(ready: number, needed: number): [string, string] {
  const rounded = [month(ready, Math.round), month(needed, Math.round)] as const;
  if (Number(rounded[1]) < Number(rounded[0])) return [...rounded];
  return [month(ready, Math.ceil), month(needed, Math.floor)];
}

/** A month with at most one decimal, rounded the given way: `5.7`, `8`. */
function month(value: number, round: (x: number) => number): string {
  return String(round(cleanNumber(value * 10)) / 10);
}
