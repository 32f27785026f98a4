// The courses a first cohort would reach too early, and the first whole month it can start without
// any (PRODUCT.md, "Learner schedule and late courses").
import type { Program } from '../model/schema.js';
import { cleanNumber } from './clean-number.js';
import { scheduleProjects, weeksToMonths } from './schedule-projects.js';

/** A course to produce, as scheduled. */
export interface TimedCourse {
  /** Index in the program's `courses`: its data path is `["courses", index]`. */
  index: number;
  /** 0-based position of the first project, in program order, that needs it; Infinity when none does. */
  need: number;
  /** Months from the start of design. */
  ready_month: number;
}

/** A course that a first cohort starting at `open_month` reaches before it is ready. */
export interface LateCourse {
  /** Index in the program's `courses`. */
  index: number;
  id: string;
  /** The first project, in program order, that needs the course. */
  project: string;
  /** Months from the start of design. */
  ready_month: number;
  /** When the cohort reaches `project`: `open_month + W_k / (52 / 12)`, months from the start of design. */
  needed_month: number;
}

export interface FirstCohort {
  /** In scheduling order. */
  late: LateCourse[];
  /** The earliest whole month, at least `open_month`, at which a first cohort would find no course late. */
  safe_open_month: number;
}

/**
 * A course needed first by project k is in time for a cohort starting at month m when
 * `ready <= m + W_k / (52 / 12)`, that is when `m >= ready - W_k / (52 / 12)`: the safe month is the
 * largest of these bounds (and `open_month`), rounded up. One pass over courses and projects.
 */
export function judgeFirstCohort(program: Program, courses: readonly TimedCourse[], open_month: number): FirstCohort {
  const projects = scheduleProjects(program);
  const late: LateCourse[] = [];
  let earliest = open_month;
  for (const course of courses) {
    const project = Number.isFinite(course.need) ? projects[course.need] : undefined;
    if (project === undefined) continue;
    const offset = weeksToMonths(project.start_week);
    const needed_month = cleanNumber(open_month + offset);
    if (course.ready_month > needed_month) {
      const { id } = program.courses[course.index] as { id: string };
      late.push({ index: course.index, id, project: project.id, ready_month: course.ready_month, needed_month });
    }
    earliest = Math.max(earliest, course.ready_month - offset);
  }
  return { late, safe_open_month: Math.ceil(cleanNumber(earliest)) };
}
