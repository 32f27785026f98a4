// What the market asks of one career: the input of `init` and of `check --market`.

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
