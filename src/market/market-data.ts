// Market data as `check` uses it: the demand of every career, read once per run.
import type { JobDemand } from './job-demand.js';
import type { SkillAliases } from './market-coverage.js';

export interface MarketData {
  /** The market files, as the user named them. */
  files: string[];
  /** The demand of the career `job` names (normalised like the data), if any posting is for it. */
  demandFor(job: string): JobDemand | undefined;
  /** Normalises a program's skill id, name or ref like the data's skills. */
  normalizeSkill(text: string): string;
  skillAliases: SkillAliases;
  /** Minimum share of a job's postings that makes an unvalidated skill a `market-gap` (0 to 1). */
  threshold: number;
}
