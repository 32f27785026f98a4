// How well a program covers what employers ask for: which market skills its projects
// validate, the postings-weighted coverage, and the gaps.

import type { JobDemand, SkillDemand } from '../demand/job-demand.js';
import type { ProgramModel } from '../load/types.js';
import { MARKET_DEFAULTS } from '../model/defaults.js';

/** Skill name variants -> one canonical name (the alias file's `skills` section). */
export type SkillAliases = ReadonlyMap<string, string>;

export interface MarketCoverage {
  job: string;
  /** How people read the job: the occupation's label, or the normalised title (then equal to `job`). */
  label: string;
  postings: number;
  /**
   * Postings-weighted mentions of validated skills over all skill mentions in the job's
   * postings: sum(postings of matched skills) / sum(postings of all skills). 0 to 1;
   * 0 when the postings name no skill.
   */
  coverage: number;
  /** Market skills at or above the threshold share that no project validates. */
  gaps: MarketGap[];
  /** Market skills asked by at least 10% of the postings that no project validates, whatever the threshold. */
  uncovered: SkillDemand[];
}

/** A program's coverage as reports print it. */
export interface MarketSummary {
  program: string;
  job: string;
  /** Postings of the job in the market data; 0 when the job is absent. */
  postings: number;
  /** Postings-weighted share of skill mentions that the program's projects validate, 0 to 1; null when the job is absent. */
  coverage: number | null;
  /** Skills asked for by at least the threshold share of postings that no project validates. */
  gaps: SkillDemand[];
  /** Skills asked for by at least 10% of the postings that no project validates, whatever the threshold. */
  uncovered: SkillDemand[];
}

interface MarketGap extends SkillDemand {
  /** Index of the program skill that matches it but that no project validates, if any. */
  skillIndex?: number;
}

/**
 * Matches market skills to program skills by id, name, `ref` or alias (all compared after
 * `normalize`, the same normalisation the market data went through).
 */
export function measureCoverage(
  model: ProgramModel,
  demand: JobDemand,
  options: { threshold: number; aliases: SkillAliases; normalize: (text: string) => string },
): MarketCoverage {
  const canonical = (text: string) => {
    const normal = options.normalize(text);
    return options.aliases.get(normal) ?? normal;
  };
  const bySkillName = new Map<string, number>();
  for (const skill of model.skills) {
    const { id, name, ref } = skill.value;
    const names = [id, id?.replaceAll('-', ' '), name, ref].filter((text): text is string => typeof text === 'string');
    for (const text of names) if (!bySkillName.has(canonical(text))) bySkillName.set(canonical(text), skill.index);
  }
  const validated = new Set(model.projects.flatMap((project) => project.value.skills ?? []));
  const isValidated = (index: number | undefined) => {
    const id = index === undefined ? undefined : model.skills[index]?.value.id;
    return id !== undefined && validated.has(id);
  };

  let covered = 0;
  let mentions = 0;
  const gaps: MarketGap[] = [];
  const uncovered: SkillDemand[] = [];
  for (const skill of demand.skills) {
    const index = bySkillName.get(canonical(skill.skill));
    mentions += skill.postings;
    if (isValidated(index)) {
      covered += skill.postings;
      continue;
    }
    if (skill.share >= options.threshold) gaps.push(index === undefined ? { ...skill } : { ...skill, skillIndex: index });
    if (skill.share >= MARKET_DEFAULTS.uncovered) uncovered.push({ ...skill });
  }
  return {
    job: demand.job,
    label: demand.label,
    postings: demand.postings,
    coverage: mentions === 0 ? 0 : covered / mentions,
    gaps,
    uncovered,
  };
}
