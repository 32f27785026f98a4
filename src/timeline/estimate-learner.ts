// Learner timeline (PRODUCT.md, "Timelines"): study hours at the program's weekly pace.
import type { Program } from '../model/schema.js';
import { cleanNumber } from './clean-number.js';
import { type ProjectWeeks, scheduleProjects, weeksToMonths } from './schedule-projects.js';

/** How long a learner studies. */
export interface LearnerEstimate {
  /** Sum of project hours and of course hours, where given. */
  hours: number;
  /** Learner pace, in hours per week. */
  hours_per_week: number;
  /** `ceil(hours / hours_per_week)`. */
  weeks: number;
  /** `ceil(weeks / (52 / 12))`: calendar months of study. */
  months: number;
  /** The first cohort's weeks on each project, in program order (course hours are not scheduled). */
  projects: ProjectWeeks[];
}

export function estimateLearner(program: Program): LearnerEstimate {
  const hours_per_week = program.program.hours_per_week;
  let hours = 0;
  for (const project of program.projects) hours += project.hours;
  for (const course of program.courses) hours += course.hours ?? 0;
  hours = cleanNumber(hours);
  const weeks = Math.ceil(cleanNumber(hours / hours_per_week));
  const months = Math.ceil(cleanNumber(weeksToMonths(weeks)));
  return { hours, hours_per_week, weeks, months, projects: scheduleProjects(program) };
}
