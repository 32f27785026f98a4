// Market data as `check` uses it: the demand of every career, read once per run.
import { type JobDemand, jobDemand } from '../demand/job-demand.js';
import { normalizeSkill } from '../demand/parse-skills.js';
import type { Demand } from '../demand/read-demand.js';
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

/** The market data of `files` once read into `demand`. */
export function toMarketData(demand: Demand, files: string[], threshold: number): MarketData {
  return {
    files,
    threshold,
    demandFor: (job) => jobDemand(demand, job),
    normalizeSkill,
    skillAliases: demand.aliases.skills,
  };
}
