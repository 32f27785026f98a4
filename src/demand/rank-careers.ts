// Per-career metrics from the aggregates, sorted and cut: the data every format prints.
import { compareText } from '../diagnostic.js';
import type { TensionFigures } from '../occupations/read-tension.js';
import type { Availability, CareerStats } from './career-stats.js';
import { FirstSorted } from './first-sorted.js';
import { roundShare } from './job-demand.js';
import type { RankMetric } from './rank-metrics.js';
import type { Career } from './read-demand.js';
import type { TaxonomyUse } from './taxonomy-use.js';

/** Growth is null for a career with fewer dated postings than this. */
const MIN_DATED_FOR_GROWTH = 30;
/** Careers with fewer postings than this get a caveat: their figures are noise. */
export const SMALL_SAMPLE = 30;
/** Variants listed per career in a ranking; all of them with `--job`. */
const VARIANTS_SHOWN = 5;

export interface SkillRow {
  skill: string;
  postings: number;
  /** Share of the career's postings asking for the skill, 0..1, 4 decimals. */
  share: number;
}

export interface CareerRow {
  /** 1-based position among all careers by the ranking metric. */
  rank: number;
  /** The occupation's label, or the normalised title of an uncoded career. */
  title: string;
  /** The occupation's code; null when uncoded or without a taxonomy. */
  code: string | null;
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
  /** With `--tension`: offers over job seekers of the occupation's rows, 4 decimals; null without rows. */
  tension?: number | null;
  /** With `--tension`: the official index, averaged over rows weighted by offers, 2 decimals. */
  tension_index?: number | null;
  /** The normalised titles merged into the career, most postings first. */
  variants: { title: string; postings: number }[];
  skills: SkillRow[];
}

export interface Ranking {
  postings: number;
  skipped: number;
  /** 'onet', 'rome', a user file's name, 'mixed', or null without a taxonomy. */
  taxonomy: string | null;
  level: string | null;
  /** Share of postings coded to an occupation, 0..1; null without a taxonomy. */
  coded: number | null;
  careers: CareerRow[];
}

export interface RankOptions {
  rankBy: RankMetric;
  /** Careers to list; with `job`, skills to list. */
  top?: number;
  /** Skills listed per career when no job is chosen. */
  skillsPerCareer: number;
  /** The key of the one career to show, with all its skills and variants. */
  job?: string;
  /** Careers with fewer postings are left out, whatever the ranking. */
  minPostings?: number;
  /** With a tension table: the figures of an occupation code (undefined: no row). */
  tensionOf?: (code: string) => TensionFigures | undefined;
}

/** What the taxonomy part of the output says. */
export interface RankedInput {
  /** Iterated several times (not a one-shot iterator); the careers may be made as they are iterated. */
  careers: Iterable<Career>;
  available: Availability;
  postings: number;
  skipped: number;
  use: Pick<TaxonomyUse, 'taxonomy' | 'level' | 'coded'>;
}

export function rankCareers(input: RankedInput, options: RankOptions): Ranking {
  const { available, postings: total, skipped, use } = input;
  const minPostings = Math.max(1, options.minPostings ?? 0);
  // A title whose rows all count 0 postings (`--count-column`) is not a career in demand.
  const ranked = (career: Career) => career.stats.postings >= minPostings;
  const period = available.dates ? datedPeriod(input.careers, ranked) : null;
  const context = { available, total, period, tensionOf: options.tensionOf };
  const row = (career: Career, rank: number, skills: SkillRow[], variants?: CareerRow['variants']) =>
    careerRow(career, context, rank, skills, variants);
  // Only the ranking metric is computed for every career; whole rows only for the careers shown.
  const metric = metricOf(options.rankBy, available, period, options.tensionOf);
  const byTension = options.rankBy === 'tension';
  const compare = (a: Ranked, b: Ranked): number =>
    compareDesc(a.value, b.value) ||
    (byTension ? b.career.stats.postings - a.career.stats.postings : 0) ||
    compareText(a.career.title, b.career.title) ||
    compareText(a.career.code ?? '', b.career.code ?? '');
  const ranking = { postings: total, skipped, taxonomy: use.taxonomy, level: use.level, coded: use.coded };
  if (options.job !== undefined) {
    let found: Ranked | undefined;
    for (const career of input.careers) if (career.key === options.job && ranked(career)) found = { career, value: metric(career) };
    if (!found) return { ...ranking, careers: [] };
    const { career } = found;
    let rank = 1;
    for (const other of input.careers) if (ranked(other) && compare({ career: other, value: metric(other) }, found) < 0) rank++;
    return {
      ...ranking,
      careers: [row(career, rank, skillRows(career.stats, options.top ?? Infinity), career.variants)],
    };
  }
  const first = new FirstSorted(options.top ?? Infinity, compare);
  for (const career of input.careers) if (ranked(career)) first.offer({ career, value: metric(career) });
  const shown = first.sorted();
  return {
    ...ranking,
    careers: shown.map(({ career }, index) => row(career, index + 1, skillRows(career.stats, options.skillsPerCareer))),
  };
}

interface Ranked {
  career: Career;
  value: number | null;
}

/** The ranking metric of a career, as its row shows it. */
function metricOf(
  rankBy: RankMetric,
  available: Availability,
  period: Period | null,
  tensionOf: RankOptions['tensionOf'],
): (career: Career) => number | null {
  switch (rankBy) {
    case 'postings':
      return ({ stats }) => stats.postings;
    case 'companies':
      return ({ stats }) => (available.companies ? stats.companies : null);
    case 'growth':
      return ({ stats }) => (available.dates ? growth(stats.days, period) : null);
    case 'age':
      return ({ stats }) => (available.dates && period ? weightedMedian(stats.days, (day) => period.last - day) : null);
    case 'duration':
      return ({ stats }) => (available.durations ? weightedMedian(stats.durations, (days) => days) : null);
    case 'tension':
      return (career) => tensionFigures(career, tensionOf).tension ?? null;
  }
}

function tensionFigures(career: Career, tensionOf: RankOptions['tensionOf']): Pick<CareerRow, 'tension' | 'tension_index'> {
  if (tensionOf === undefined) return {};
  const figures = career.code === null ? undefined : tensionOf(career.code);
  return figures ?? { tension: null, tension_index: null };
}

/** A career's row, made once (one object per career shown: a ranking may show thousands). */
function careerRow(
  career: Career,
  context: { available: Availability; total: number; period: Period | null; tensionOf: RankOptions['tensionOf'] },
  rank: number,
  skills: SkillRow[],
  variants = career.variants.slice(0, VARIANTS_SHOWN),
): CareerRow {
  const { stats } = career;
  const { available, total, period, tensionOf } = context;
  return {
    rank,
    title: career.title,
    code: career.code,
    postings: stats.postings,
    share: roundShare(total ? stats.postings / total : 0),
    companies: available.companies ? stats.companies : null,
    growth: available.dates ? growth(stats.days, period) : null,
    median_age_days: available.dates && period ? weightedMedian(stats.days, (day) => period.last - day) : null,
    median_duration_days: available.durations ? weightedMedian(stats.durations, (days) => days) : null,
    ...tensionFigures(career, tensionOf),
    variants,
    skills,
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

function datedPeriod(careers: Iterable<Career>, ranked: (career: Career) => boolean): Period | null {
  let first = Infinity;
  let last = -Infinity;
  for (const career of careers) {
    if (!ranked(career)) continue;
    const { stats } = career;
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
