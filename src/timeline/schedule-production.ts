// Production timeline (PRODUCT.md, "Timelines"): design, then greedy parallel course production.
import type { Course, Program } from '../model/schema.js';
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
  /** The courses to produce, in scheduling order. */
  courses: ScheduledCourse[];
}

/** Schedules the `to-produce` courses of a program: greedy, deterministic, at most `teams` at once. */
export function scheduleProduction(program: Program): ProductionSchedule {
  const { design_months, course_months, teams } = program.program.production;
  const firstNeeds = firstNeedBySkill(program);
  const queue = program.courses
    .map((course, index) => ({ course, index, need: firstNeed(firstNeeds, course) }))
    .filter(({ course }) => course.status === 'to-produce')
    .sort((a, b) => a.need - b.need || a.index - b.index);

  // A team more than there are courses would never work: memory grows with courses, not `teams`.
  const free = createTeamQueue(Math.min(teams, queue.length), design_months);
  const courses: ScheduledCourse[] = [];
  for (const { course } of queue) {
    const start = free.peek();
    const ready = cleanNumber(start + (course.months ?? course_months));
    free.assign(ready);
    courses.push({ id: course.id, start_month: start, ready_month: ready });
  }

  const readyAt = new Map(courses.map((c) => [c.id, c.ready_month]));
  const firstProject = program.projects[0];
  let open_month = design_months;
  if (firstProject) {
    for (const course of program.courses) {
      if (teaches(course, firstProject.skills)) open_month = Math.max(open_month, readyAt.get(course.id) ?? 0);
    }
  }
  const total_months = courses.reduce((max, c) => Math.max(max, c.ready_month), design_months);
  return { design_months, teams, total_months, open_month, courses };
}

/** True when the course teaches at least one of `skills`: it "is needed" by / prepares that project. */
function teaches(course: Pick<Course, 'skills'>, skills: readonly string[]): boolean {
  return course.skills.some((skill) => skills.includes(skill));
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

/** Drops binary floating-point noise (2.1 + 0.2 = 2.3000000000000003) from month sums. */
export function cleanNumber(months: number): number {
  return Math.round(months * 1e6) / 1e6;
}
