// Production timeline (PRODUCT.md, "Timelines"): design, then greedy parallel course production.
import type { Course, Program } from '../model/schema.js';

/** When one course to produce is made. Months count from the start of design (month 0). */
export interface ScheduledCourse {
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
  const queue = program.courses
    .map((course, index) => ({ course, index, need: firstNeed(program, course) }))
    .filter(({ course }) => course.status === 'to-produce')
    .sort((a, b) => a.need - b.need || a.index - b.index);

  const teamFreeAt: number[] = Array.from({ length: teams }, () => design_months);
  const courses: ScheduledCourse[] = [];
  for (const { course } of queue) {
    const team = earliestTeam(teamFreeAt);
    const start = teamFreeAt[team] ?? design_months;
    const ready = cleanNumber(start + (course.months ?? course_months));
    teamFreeAt[team] = ready;
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
export function teaches(course: Pick<Course, 'skills'>, skills: readonly string[]): boolean {
  return course.skills.some((skill) => skills.includes(skill));
}

/** Position of the first project (in program order) that needs the course; Infinity when none does. */
function firstNeed(program: Program, course: Course): number {
  const position = program.projects.findIndex((project) => teaches(course, project.skills));
  return position === -1 ? Number.POSITIVE_INFINITY : position;
}

/** The team free the soonest; ties go to the lowest index, so scheduling is deterministic. */
function earliestTeam(freeAt: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < freeAt.length; i++) if ((freeAt[i] ?? 0) < (freeAt[best] ?? 0)) best = i;
  return best;
}

/** Drops binary floating-point noise (2.1 + 0.2 = 2.3000000000000003) from month sums. */
export function cleanNumber(months: number): number {
  return Math.round(months * 1e6) / 1e6;
}
