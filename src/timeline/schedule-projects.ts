// The first cohort's path through the projects (PRODUCT.md, "Learner schedule and late courses").
import type { Program } from '../model/schema.js';
import { cleanNumber } from './clean-number.js';

/**
 * When a cohort works on one project, in weeks from the day it starts. Weeks are offsets, like the
 * months of production: the first project starts at week 0, and a project of 3 weeks that starts at
 * week 4 ends at week 7, when the next one starts (pages print it as "weeks 5–7").
 */
export interface ProjectWeeks {
  id: string;
  /** `W_k`, the sum of the weeks of the projects before it. */
  start_week: number;
  /** `start_week` plus the project's weeks, `ceil(hours / hours_per_week)`: the next project's start. */
  end_week: number;
}

/** The projects in program order, one after another at the program's pace. */
export function scheduleProjects(program: Pick<Program, 'program' | 'projects'>): ProjectWeeks[] {
  const { hours_per_week } = program.program;
  let week = 0;
  return program.projects.map((project) => {
    const start_week = week;
    week += Math.ceil(cleanNumber(project.hours / hours_per_week));
    return { id: project.id, start_week, end_week: week };
  });
}

/** Weeks as months: a month is 52 / 12 weeks. Computed as `weeks * 12 / 52`, so 13 weeks are exactly 3 months. */
export function weeksToMonths(weeks: number): number {
  return (weeks * 12) / 52;
}
