// Market data for `init` and `check --market`, from the aggregates `rank-jobs` computes.
import { careerName } from './aggregate-demand.js';
import { normalizeSkill } from './parse-skills.js';
import type { Demand } from './rank-jobs.js';
import { compareText } from '../diagnostic.js';
import type { JobDemand } from '../market/job-demand.js';
import type { MarketData } from '../market/market-data.js';

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

export function toMarketData(demand: Demand, files: string[], threshold: number): MarketData {
  return {
    files,
    threshold,
    demandFor: (job) => jobDemand(demand, job),
    normalizeSkill,
    skillAliases: demand.aliases.skills,
  };
}
