// What the market asks of one career: the input of `init` and of `check --market`.
import { compareText } from '../diagnostic.js';
import { careerName } from './aggregate-demand.js';
import type { Demand } from './rank-jobs.js';

/** One skill as the postings of a career ask for it. */
export interface SkillDemand {
  /** Normalised skill name, as `rank-jobs` prints it. */
  skill: string;
  /** Postings of the career asking for it (weighted by `--count-column`). */
  postings: number;
  /** `postings` over the career's postings, 0 to 1. */
  share: number;
}

export interface JobDemand {
  /** Normalised career name. */
  job: string;
  postings: number;
  /** Sorted by postings, descending, then by name. */
  skills: SkillDemand[];
}

/** Shares and growth as reports print them: 4 decimals, so output diffs well. */
export function roundShare(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** The demand of the career `job` names (normalised and aliased like the data), if any posting is for it. */
export function jobDemand(demand: Demand, job: string): JobDemand | undefined {
  const name = careerName(job, demand.aliases);
  const stats = demand.careers.get(name);
  if (stats === undefined) return undefined;
  const skills = [...stats.skills]
    .map(([skill, postings]) => ({ skill, postings, share: stats.postings === 0 ? 0 : postings / stats.postings }))
    .sort((a, b) => b.postings - a.postings || compareText(a.skill, b.skill));
  return { job: name, postings: stats.postings, skills };
}
