// Production timeline (PRODUCT.md, "Timelines"): design, then greedy parallel course production.
import type { Course, Program } from '../model/schema.js';
import { cleanNumber } from './clean-number.js';
import { judgeFirstCohort, type LateCourse, type TimedCourse } from './judge-first-cohort.js';
import { createTeamQueue } from './team-queue.js';

/** When one course to produce is made. Months count from the start of design (month 0). */
interface ScheduledCourse {
  id: string;
  /** Month production starts; never before design ends. */
  start_month: number;
  /** Month the course is ready: `start_month` plus its production months. */
  ready_month: number;
}

/** The production estimate of a program. All values are months from the start of design. */
export interface ProductionSchedule {
  design_months: number;
  teams: number;
  /** When the last course is ready, or `design_months` when there is nothing to produce. */
  total_months: number;
  /** When every course needed by the first project is ready, and never before design ends. */
  open_month: number;
  /** The earliest whole month, at least `open_month`, at which a first cohort reaches no project before its courses are ready. */
  safe_open_month: number;
  /** The courses to produce, in scheduling order. */
  courses: ScheduledCourse[];
}

/** The schedule, and the courses a first cohort starting at `open_month` would reach before they are ready. */
export interface ProductionPlan {
  schedule: ProductionSchedule;
  late: LateCourse[];
}

/** Schedules the `to-produce` courses of a program: greedy, deterministic, at most `teams` at once. */
export function scheduleProduction(program: Program): ProductionSchedule {
  return planProduction(program).schedule;
}

export function planProduction(program: Program): ProductionPlan {
  const { design_months, course_months, teams } = program.program.production;
  const firstNeeds = firstNeedBySkill(program);
  const queue = program.courses
    .map((course, index) => ({ course, index, need: firstNeed(firstNeeds, course) }))
    .filter(({ course }) => course.status === 'to-produce')
    .sort((a, b) => a.need - b.need || a.index - b.index);

  // A team more than there are courses would never work: memory grows with courses, not `teams`.
  const free = createTeamQueue(Math.min(teams, queue.length), design_months);
  const courses: ScheduledCourse[] = [];
  const timed: TimedCourse[] = [];
  for (const { course, index, need } of queue) {
    const start = free.peek();
    const ready = cleanNumber(start + (course.months ?? course_months));
    free.assign(ready);
    courses.push({ id: course.id, start_month: start, ready_month: ready });
    timed.push({ index, need, ready_month: ready });
  }

  // The courses the first project needs are those whose first need is position 0.
  const open_month = timed.reduce((max, c) => (c.need === 0 ? Math.max(max, c.ready_month) : max), design_months);
  const total_months = courses.reduce((max, c) => Math.max(max, c.ready_month), design_months);
  const { late, safe_open_month } = judgeFirstCohort(program, timed, open_month);
  return { schedule: { design_months, teams, total_months, open_month, safe_open_month, courses }, late };
}

/** Each skill's first project (its 0-based position in program order) that validates it. */
function firstNeedBySkill(program: Program): Map<string, number> {
  const first = new Map<string, number>();
  program.projects.forEach((project, position) => {
    for (const skill of project.skills) if (!first.has(skill)) first.set(skill, position);
  });
  return first;
}

/** Position of the first project (in program order) that needs the course; Infinity when none does. */
function firstNeed(firstNeeds: ReadonlyMap<string, number>, course: Course): number {
  let need = Number.POSITIVE_INFINITY;
  for (const skill of course.skills) need = Math.min(need, firstNeeds.get(skill) ?? Number.POSITIVE_INFINITY);
  return need;
}
