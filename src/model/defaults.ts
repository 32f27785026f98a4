// Every default of the product, in one place: the schemas, the CLI help, the files `init`
// writes and the generated docs read them here (a test checks the hand-written docs).

/** Learner pace and production (PRODUCT.md, "Timelines"): hours a week, months, teams. */
export const PROGRAM_DEFAULTS = {
  hours_per_week: 15,
  production: { design_months: 3, course_months: 5, teams: 4 },
  /** kg CO2e per hour of streamed video: the Carbon Trust's European average (docs/certificates.md, "Footprint"). */
  footprint: { kg_co2e_per_video_hour: 0.055 },
} as const;

/** The limits of `check` (`limits:` in curriculum.config.yaml). */
export const LIMIT_DEFAULTS = {
  skills_per_project: { warn_above: 4, max: 5 },
  projects: { min: 5, max: 15 },
} as const;

/** Market settings (`market:` in curriculum.config.yaml, or flags). */
export const MARKET_DEFAULTS = {
  /** Share of a job's postings from which an unvalidated skill is a `market-gap`. */
  threshold: 0.3,
  /** Share from which an unvalidated skill is listed as uncovered, whatever the threshold. */
  uncovered: 0.1,
  /** Share of a file's records that may be unreadable before reading stops (exit code 2). */
  maxSkipped: 0.05,
} as const;

/** How much `rank-jobs` and `init` list. */
export const LIST_DEFAULTS = {
  /** Careers `rank-jobs` lists without `--job`. */
  careers: 20,
  /** Skills listed per career without `--job`. */
  skillsPerCareer: 5,
  /** Skills `init` writes into a new program. */
  initSkills: 12,
  /** Share of postings below which `init` leaves a skill out: one posting in hundreds is noise, and would print as 0. */
  initMinShare: 0.01,
} as const;
