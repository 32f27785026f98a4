// Per-career metrics from the aggregates, sorted and cut: the data every format prints.
import { compareText } from '../diagnostic.js';
import type { Availability, CareerStats } from './aggregate-demand.js';
import { roundShare } from './job-demand.js';

/** Careers are ranked by one metric, descending; ties (and nulls, last) by name. */
export const RANK_METRICS = ['postings', 'companies', 'growth', 'age', 'duration'] as const;
export type RankMetric = (typeof RANK_METRICS)[number];

/** Growth is null for a career with fewer dated postings than this. */
const MIN_DATED_FOR_GROWTH = 30;
/** Careers with fewer postings than this get a caveat: their figures are noise. */
export const SMALL_SAMPLE = 30;

export interface SkillRow {
  skill: string;
  postings: number;
  /** Share of the career's postings asking for the skill, 0..1, 4 decimals. */
  share: number;
}

export interface CareerRow {
  /** 1-based position among all careers by the ranking metric. */
  rank: number;
  title: string;
  postings: number;
  /** Share of all counted postings, 0..1, 4 decimals. */
  share: number;
  companies: number | null;
  /** (later - earlier) / earlier over the two halves of the dated period; 4 decimals. */
  growth: number | null;
  /** Median days between a posting's date and the latest posting date of the input. */
  median_age_days: number | null;
  /** Median days between posting and closing dates. */
  median_duration_days: number | null;
  skills: SkillRow[];
}

export interface Ranking {
  postings: number;
  skipped: number;
  careers: CareerRow[];
}

export interface RankOptions {
  rankBy: RankMetric;
  /** Careers to list; with `job`, skills to list. */
  top?: number;
  /** Skills listed per career when no job is chosen. */
  skillsPerCareer: number;
  job?: string;
}

export function rankCareers(
  careers: Map<string, CareerStats>,
  available: Availability,
  total: number,
  skipped: number,
  options: RankOptions,
): Ranking {
  const period = datedPeriod(careers);
  // A title whose rows all count 0 postings (`--count-column`) is not a career in demand.
  const rows = [...careers]
    .filter(([, stats]) => stats.postings > 0)
    .map(([title, stats]) => careerRow(title, stats, available, total, period));
  const metric = (row: CareerRow): number | null =>
    ({
      postings: row.postings,
      companies: row.companies,
      growth: row.growth,
      age: row.median_age_days,
      duration: row.median_duration_days,
    })[options.rankBy];
  rows.sort((a, b) => compareDesc(metric(a), metric(b)) || compareText(a.title, b.title));
  rows.forEach((row, index) => {
    row.rank = index + 1;
  });
  if (options.job !== undefined) {
    const row = rows.find((candidate) => candidate.title === options.job);
    if (!row) return { postings: total, skipped, careers: [] };
    const stats = careers.get(row.title)!;
    return { postings: total, skipped, careers: [{ ...row, skills: skillRows(stats, options.top ?? Infinity) }] };
  }
  const shown = rows.slice(0, options.top ?? rows.length);
  for (const row of shown) row.skills = skillRows(careers.get(row.title)!, options.skillsPerCareer);
  return { postings: total, skipped, careers: shown };
}

function careerRow(title: string, stats: CareerStats, available: Availability, total: number, period: Period | null): CareerRow {
  return {
    rank: 0,
    title,
    postings: stats.postings,
    share: roundShare(total ? stats.postings / total : 0),
    companies: available.companies ? stats.companies : null,
    growth: available.dates ? growth(stats.days, period) : null,
    median_age_days: available.dates && period ? weightedMedian(stats.days, (day) => period.last - day) : null,
    median_duration_days: available.durations ? weightedMedian(stats.durations, (days) => days) : null,
    skills: [],
  };
}

/** Sorted by postings desc, then name; at most `limit`. */
function skillRows(stats: CareerStats, limit: number): SkillRow[] {
  return [...stats.skills]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([skill, postings]) => ({ skill, postings, share: roundShare(stats.postings ? postings / stats.postings : 0) }));
}

interface Period {
  first: number;
  last: number;
}

function datedPeriod(careers: Map<string, CareerStats>): Period | null {
  let first = Infinity;
  let last = -Infinity;
  for (const stats of careers.values()) {
    for (const day of stats.days.keys()) {
      if (day < first) first = day;
      if (day > last) last = day;
    }
  }
  return first <= last ? { first, last } : null;
}

/** Earlier half: days before the period's midpoint; later half: the midpoint and after. */
export function growth(days: Map<number, number>, period: Period | null): number | null {
  if (!period || period.last === period.first) return null;
  const middle = (period.first + period.last) / 2;
  let earlier = 0;
  let later = 0;
  for (const [day, count] of days) {
    if (day < middle) earlier += count;
    else later += count;
  }
  if (earlier + later < MIN_DATED_FOR_GROWTH || earlier === 0) return null;
  return roundShare((later - earlier) / earlier);
}

/** The median of values given as a histogram (value -> how many), mapped through `value`. */
export function weightedMedian(histogram: Map<number, number>, value: (key: number) => number): number | null {
  const entries = [...histogram].map(([key, count]) => [value(key), count] as const).sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const at = (position: number): number => {
    let seen = 0;
    for (const [v, count] of entries) {
      seen += count;
      if (seen > position) return v;
    }
    return entries[entries.length - 1]![0];
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

function compareDesc(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}
