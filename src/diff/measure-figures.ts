// The figures `diff` compares: counts, the learner and production timelines, and the market
// coverage where market data is configured (the same numbers `render` and `check` print).
import type { ProgramModel } from '../load/types.js';
import { estimateLearner } from '../timeline/estimate-learner.js';
import { scheduleProduction } from '../timeline/schedule-production.js';
import type { VersionProgram } from './load-version.js';

/** A program's market coverage (0 to 1, null when its job has no posting). */
export type ProgramMarket = (model: ProgramModel) => number | null;

export interface Figures {
  skills: number;
  projects: number;
  courses: number;
  /** Project hours plus course hours, where given. */
  learner_hours: number;
  learner_weeks: number;
  /** Months from the start of design. */
  total_months: number;
  open_month: number;
  safe_open_month: number;
  /** Only where market data is configured. */
  market_coverage?: number | null;
}

export function measureFigures({ model, program }: VersionProgram, market?: ProgramMarket): Figures {
  const production = scheduleProduction(program);
  const learner = estimateLearner(program);
  return {
    skills: program.skills.length,
    projects: program.projects.length,
    courses: program.courses.length,
    learner_hours: learner.hours,
    learner_weeks: learner.weeks,
    total_months: production.total_months,
    open_month: production.open_month,
    safe_open_month: production.safe_open_month,
    ...(market ? { market_coverage: market(model) } : {}),
  };
}
