// What the market asks of one career: the input of `init` and of `check --market`.
import { compareText } from '../diagnostic.js';
import { careerName } from './aliases.js';
import type { CareerStats } from './career-stats.js';
import type { Demand } from './read-demand.js';

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
  /** The career as a program names it: an occupation code, or a normalised title. */
  job: string;
  /** How people read it: the occupation's label, or the normalised title. */
  label: string;
  postings: number;
  /** Sorted by postings, descending, then by name. */
  skills: SkillDemand[];
}

/** Shares and growth as reports print them: 4 decimals, so output diffs well. */
export function roundShare(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/**
 * The demand of the career `job` names, if any posting is for it: an occupation when `job` is
 * a code of a taxonomy the data was coded with (`M1805`, `29-1141`) or the label of an
 * occupation found in the data (as rank-jobs prints it), else the postings whose normalised
 * title (aliases applied) is `job`'s.
 */
export function jobDemand(demand: Demand, job: string): JobDemand | undefined {
  const name = careerName(job, demand.aliases);
  const code = demand.coders.map((coder) => coder.parseCode(job)).find((found) => found !== undefined) ?? codeOfLabel(demand, name);
  if (code !== undefined) {
    const career = demand.careers.get(code);
    return career === undefined ? undefined : toJobDemand(code, career.title, career.stats);
  }
  const title = demand.titles.get(name);
  return title === undefined ? undefined : toJobDemand(name, name, title.stats);
}

/** The code of the occupation whose label, normalised like a title, is `name`. */
function codeOfLabel(demand: Demand, name: string): string | undefined {
  if (demand.coders.length === 0) return undefined;
  for (const career of demand.careers.values()) {
    if (career.code !== null && careerName(career.title, demand.aliases) === name) return career.code;
  }
  return undefined;
}

function toJobDemand(job: string, label: string, stats: CareerStats): JobDemand {
  const skills = [...stats.skills]
    .map(([skill, postings]) => ({ skill, postings, share: stats.postings === 0 ? 0 : postings / stats.postings }))
    .sort((a, b) => b.postings - a.postings || compareText(a.skill, b.skill));
  return { job, label, postings: stats.postings, skills };
}
