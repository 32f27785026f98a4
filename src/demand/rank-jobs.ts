// The whole `rank-jobs` job as a function of its inputs: read every file into one set of
// aggregates, rank, format. Returns the output text and the notes meant for stderr.
import { compareText } from '../diagnostic.js';
import { UserError } from '../errors/user-error.js';
import { LIST_DEFAULTS } from '../model/defaults.js';
import type { DialectOptions, TableSource } from '../table/scan-table.js';
import { SkipLog, summarizeSkips } from '../table/skip-log.js';
import { type Availability, type CareerStats, careerName, DemandAggregator } from './aggregate-demand.js';
import { type Aliases, NO_ALIASES, parseAliases } from './aliases.js';
import type { ColumnOptions } from './find-columns.js';
import { FORMATTERS, type FormatName } from './format/index.js';
import { type Ranking, type RankMetric, rankCareers, SMALL_SAMPLE } from './rank-careers.js';
import { readPostings } from './read-postings.js';
import { readSkillsTable } from './skills-table.js';
import { parseVocabulary } from './vocabulary.js';

export interface TextFile {
  name: string;
  text: string;
}

/** What reading postings needs: the dialect, the columns, and the optional side files. */
export interface ReadDemandOptions extends DialectOptions {
  columns: ColumnOptions;
  aliases?: TextFile;
  vocabulary?: TextFile;
  skillsFile?: TableSource;
  joinColumns?: string[];
  /** A title as the user typed it: skills are then collected for that career only. */
  job?: string;
}

export interface RankJobsOptions extends ReadDemandOptions {
  top?: number;
  /** Skills listed per career without a job (default 5). */
  topSkills?: number;
  rankBy: RankMetric;
  format: FormatName;
  /** csv: text cells as they are, formulas included (`--csv-raw`). */
  csvRaw?: boolean;
}

/** Every posting of every file folded into per-career aggregates. */
export interface Demand {
  careers: Map<string, CareerStats>;
  available: Availability;
  postings: number;
  skips: SkipLog;
  aliases: Aliases;
  /** The `--job` title normalised like the data, if one was given. */
  job?: string;
}

export interface RankJobsResult {
  output: string;
  ranking: Ranking;
  /** One-line notes for stderr: skipped records, small-sample caveats. */
  notes: string[];
}

export async function rankJobs(sources: readonly TableSource[], options: RankJobsOptions): Promise<RankJobsResult> {
  const demand = await readDemand(sources, options);
  const { job } = demand;
  const ranking = rankCareers(demand.careers, demand.available, demand.postings, demand.skips.count, {
    rankBy: options.rankBy,
    top: options.top ?? (job === undefined ? LIST_DEFAULTS.careers : undefined),
    skillsPerCareer: options.topSkills ?? LIST_DEFAULTS.skillsPerCareer,
    job,
  });
  if (job !== undefined && ranking.careers.length === 0)
    throw new UserError(
      noSuchCareer(
        job,
        [...demand.careers.keys()],
        sources.map((source) => source.name),
      ),
    );
  const notes = [...summarizeSkips(demand.skips), ...caveats(ranking, job)];
  const output = FORMATTERS[options.format](ranking, { available: demand.available, job, csvRaw: options.csvRaw });
  return { output, ranking, notes };
}

/** Reads every source into one set of aggregates (also what `init` and `check --market` use). */
export async function readDemand(sources: readonly TableSource[], options: ReadDemandOptions): Promise<Demand> {
  const aliases = options.aliases ? parseAliases(options.aliases.text, options.aliases.name) : NO_ALIASES;
  const vocabulary = options.vocabulary ? parseVocabulary(options.vocabulary.text, options.vocabulary.name) : undefined;
  const skips = new SkipLog();
  const skillsTable = options.skillsFile
    ? await readSkillsTable(
        options.skillsFile,
        { ...options, delimiter: undefined, encoding: undefined, joinColumns: options.joinColumns ?? [] },
        skips.handler(options.skillsFile.name),
      )
    : undefined;
  const job = options.job === undefined ? undefined : careerName(options.job, aliases);
  if (job === '') throw new UserError(`The --job title "${options.job}" is empty once normalised.`);
  const demand = new DemandAggregator({ aliases, vocabulary, skillsTable, job });
  for (const source of sources) {
    const onSkip = skips.handler(source.name);
    const columns = await readPostings(
      source,
      { ...options, descriptions: vocabulary !== undefined, joinColumns: skillsTable ? options.joinColumns : [] },
      (posting) => {
        const reason = demand.add(posting);
        if (reason) onSkip(posting.record.line, reason);
      },
      onSkip,
    );
    if (vocabulary && columns.skills === undefined && columns.description.length === 0) {
      throw new UserError(
        `File "${source.name}" has neither a skills nor a description column for the vocabulary; name one with --description-column.`,
      );
    }
    demand.noteColumns({
      company: columns.company !== undefined,
      date: columns.date !== undefined,
      closeDate: columns.closeDate !== undefined,
      skills: columns.skills !== undefined || vocabulary !== undefined || skillsTable !== undefined,
    });
  }
  return { careers: demand.results(), available: demand.available, postings: demand.postings, skips, aliases, job };
}

function caveats(ranking: Ranking, job: string | undefined): string[] {
  const small = ranking.careers.filter((career) => career.postings < SMALL_SAMPLE);
  if (small.length === 0) return [];
  if (job !== undefined)
    return [`Caveat: "${job}" has only ${small[0]!.postings} postings (fewer than ${SMALL_SAMPLE}); its skill shares are unreliable.`];
  const shown = ranking.careers.length;
  if (shown === 1) return [`Caveat: the only career shown has fewer than ${SMALL_SAMPLE} postings; its shares and growth are unreliable.`];
  const which = small.length === 1 ? '1 of the careers shown has' : `${small.length} of the ${shown} careers shown have`;
  const whose = small.length === 1 ? 'its' : 'their';
  return [`Caveat: ${which} fewer than ${SMALL_SAMPLE} postings; ${whose} shares and growth are unreliable.`];
}

/** `No posting in "a.csv" has the career "x"; did you mean ...?` */
export function noSuchCareer(job: string, careers: string[], files: readonly string[]): string {
  const words = job.split(' ');
  const close = careers
    .map((career) => ({ career, score: words.filter((word) => career.split(' ').includes(word)).length }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || compareText(a.career, b.career))
    .slice(0, 3)
    .map((candidate) => `"${candidate.career}"`);
  const where = files.length === 1 ? `"${files[0]}"` : `"${files[0]}" and ${files.length - 1} more file${files.length > 2 ? 's' : ''}`;
  return `No posting in ${where} has the career "${job}"${close.length ? `; did you mean ${close.join(', ')}?` : '.'}`;
}
