// The whole `rank-jobs` job as a function of its inputs: read every file into one set of
// aggregates, rank, format. Returns the output text and the notes meant for stderr.
import { compareText } from '../diagnostic.js';
import { UserError } from '../errors/user-error.js';
import { editDistance } from '../load/closest-word.js';
import { LIST_DEFAULTS } from '../model/defaults.js';
import { readTension } from '../occupations/read-tension.js';
import type { TableSource } from '../table/scan-table.js';
import { summarizeSkips } from '../table/skip-log.js';
import { plural } from '../text/plural.js';
import type { CareerSelection } from './career-stats.js';
import { describeTaxonomies } from './describe-taxonomies.js';
import { FORMATTERS, type FormatName } from './format/index.js';
import { joinTension } from './join-tension.js';
import { type Ranking, rankCareers, SMALL_SAMPLE } from './rank-careers.js';
import type { RankMetric } from './rank-metrics.js';
import { type Career, type Demand, type ReadDemandOptions, readDemand } from './read-demand.js';

export interface RankJobsOptions extends ReadDemandOptions {
  top?: number;
  /** Skills listed per career without a job (default 5). */
  topSkills?: number;
  rankBy: RankMetric;
  format: FormatName;
  /** csv: text cells as they are, formulas included (`--csv-raw`). */
  csvRaw?: boolean;
  /** `--tension`: a table of offers and job seekers per occupation code. */
  tension?: TableSource;
  /** `--min-postings`: careers with fewer postings are left out. */
  minPostings?: number;
}

export interface RankJobsResult {
  output: string;
  ranking: Ranking;
  /** One-line notes for stderr: taxonomies, skipped records, small-sample caveats. */
  notes: string[];
}

export async function rankJobs(sources: readonly TableSource[], options: RankJobsOptions): Promise<RankJobsResult> {
  const demand = await readDemand(sources, options);
  if (options.rankBy === 'tension' && options.tension === undefined)
    throw new UserError('Ranking by tension needs a tension table: add --tension <file>.');
  const tension =
    options.tension === undefined ? undefined : joinTension(await readTension(options.tension), demand.coders, options.tension.name);
  const { job } = demand;
  const ranking = rankCareers(
    {
      careers: careersToRank(demand),
      available: demand.available,
      postings: demand.postings,
      skipped: demand.skips.count,
      use: demand.use,
    },
    {
      rankBy: options.rankBy,
      top: options.top ?? (job === undefined ? LIST_DEFAULTS.careers : undefined),
      skillsPerCareer: options.topSkills ?? LIST_DEFAULTS.skillsPerCareer,
      job: job === undefined ? undefined : keyOf(job),
      minPostings: options.minPostings,
      tensionOf: tension?.of,
    },
  );
  const files = sources.map((source) => source.name);
  if (job !== undefined && ranking.careers.length === 0)
    throw new UserError(tooFew(demand, job, options.minPostings) ?? noSuchCareer(demand, job, files));
  const notes = [
    ...describeTaxonomies(demand.use),
    ...demand.notes,
    ...summarizeSkips(demand.skips),
    ...(tension?.notes ?? []),
    ...jobHint(demand, job),
    ...caveats(ranking, job),
  ];
  const output = FORMATTERS[options.format](ranking, {
    available: demand.available,
    job: job === undefined ? undefined : keyOf(job),
    csvRaw: options.csvRaw,
  });
  return { output, ranking, notes };
}

/** Occupations (and uncoded titles); with `--job <title>`, the titles on their own, as before occupations. */
function careersToRank(demand: Demand): Iterable<Career> {
  if (demand.job === undefined || 'code' in demand.job) return demand.eachCareer;
  return [...demand.titles.values()].map(({ name, stats, coding }) => ({
    key: name,
    title: name,
    code: coding?.code ?? null,
    stats,
    variants: [{ title: name, postings: stats.postings }],
  }));
}

function keyOf(job: CareerSelection): string {
  return 'code' in job ? job.code : job.title;
}

/** The `--job` left out by `--min-postings`, not missing: `Career M1403 "Chargé..." has 776 postings, fewer than --min-postings 1000.` */
function tooFew(demand: Demand, job: CareerSelection, minPostings: number | undefined): string | undefined {
  if (minPostings === undefined) return undefined;
  const key = keyOf(job);
  for (const career of careersToRank(demand)) {
    if (career.key !== key || career.stats.postings === 0) continue;
    const name = 'code' in job && career.code !== career.title ? `${career.code} "${career.title}"` : `"${career.title}"`;
    return `Career ${name} has ${plural(career.stats.postings, 'posting')}, fewer than --min-postings ${minPostings}.`;
  }
  return undefined;
}

/** A title of a coded occupation: say how to see the whole occupation. */
function jobHint(demand: Demand, job: CareerSelection | undefined): string[] {
  if (job === undefined || 'code' in job) return [];
  const code = demand.titles.get(job.title)?.coding?.code;
  const occupation = code === undefined || code === null ? undefined : demand.careers.get(code);
  if (occupation === undefined || occupation.variants.length < 2) return [];
  const titles = plural(occupation.variants.length, 'title');
  return [
    `"${job.title}" is one title of ${occupation.code} ${occupation.title} (${plural(occupation.stats.postings, 'posting')} in ${titles}): --job ${occupation.code} ranks them all.`,
  ];
}

function caveats(ranking: Ranking, selection: CareerSelection | undefined): string[] {
  const job = selection === undefined ? undefined : (ranking.careers[0]?.title ?? keyOf(selection));
  const small = ranking.careers.filter((career) => career.postings < SMALL_SAMPLE);
  if (small.length === 0) return [];
  if (job !== undefined)
    return [
      `Caveat: "${job}" has only ${plural(small[0]!.postings, 'posting')} (fewer than ${SMALL_SAMPLE}); its skill shares are unreliable.`,
    ];
  const shown = ranking.careers.length;
  if (shown === 1) return [`Caveat: the only career shown has fewer than ${SMALL_SAMPLE} postings; its shares and growth are unreliable.`];
  const which = small.length === 1 ? '1 of the careers shown has' : `${small.length} of the ${shown} careers shown have`;
  const whose = small.length === 1 ? 'its' : 'their';
  return [`Caveat: ${which} fewer than ${SMALL_SAMPLE} postings; ${whose} shares and growth are unreliable.`];
}

/** `No posting in "a.csv" has the career "x"; did you mean ...?` (closest careers by shared words, then edit distance). */
export function noSuchCareer(demand: Demand, job: CareerSelection, files: readonly string[]): string {
  const where = files.length === 1 ? `"${files[0]}"` : `"${files[0]}" and ${files.length - 1} more file${files.length > 2 ? 's' : ''}`;
  if ('code' in job) {
    const label = demand.coders.map((coder) => coder.labelOf(job.code)).find((found) => found !== undefined);
    return `No posting in ${where} is coded ${job.code}${label === undefined ? '' : ` (${label})`}.`;
  }
  const close = closestTitles(job.title, [...demand.titles.keys()]);
  return `No posting in ${where} has the career "${job.title}"${close.length ? `; did you mean ${close.map((title) => `"${title}"`).join(', ')}?` : '.'}`;
}

/** The three titles closest to `job`: by edit distance, then words in common, then name. */
function closestTitles(job: string, titles: readonly string[]): string[] {
  const words = new Set(job.split(' '));
  const near = Math.max(2, Math.ceil(job.length / 4));
  return titles
    .map((title) => ({ title, distance: editDistance(job, title), shared: title.split(' ').filter((word) => words.has(word)).length }))
    .filter((candidate) => candidate.distance <= near || candidate.shared > 0)
    .sort((a, b) => a.distance - b.distance || b.shared - a.shared || compareText(a.title, b.title))
    .slice(0, 3)
    .map((candidate) => candidate.title);
}
