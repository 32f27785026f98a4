// Every posting of every file folded into per-title aggregates, each title coded to an
// occupation of the file's taxonomy, then titles merged into careers: occupations where a
// taxonomy applies (uncoded titles stay careers of their own), titles otherwise. What
// `rank-jobs`, `init` and `check --market` read.
import { UserError } from '../errors/user-error.js';
import { MARKET_DEFAULTS } from '../model/defaults.js';
import type { OccupationCoder } from '../occupations/index.js';
import type { DialectOptions, TableSource } from '../table/scan-table.js';
import { SkipLog } from '../table/skip-log.js';
import { DemandAggregator } from './aggregate-demand.js';
import { type Aliases, careerName, NO_ALIASES, parseAliases } from './aliases.js';
import { BadRecords } from './bad-records.js';
import type { Availability, CareerSelection, CareerStats, TitleCareer } from './career-stats.js';
import { type FileTaxonomy, groupCodeOfLabel, type OccupationSettings, TaxonomyChooser } from './choose-taxonomy.js';
import { type ColumnOptions, repeatedColumnsNote } from './find-columns.js';
import { readPostings } from './read-postings.js';
import { SideTableSniffer } from './side-table.js';
import { readSkillsTable } from './skills-table.js';
import { type TaxonomyUse, taxonomyUse } from './taxonomy-use.js';
import type { TextFile } from './text-file.js';
import { parseVocabulary } from './vocabulary.js';

/** What reading postings needs: the dialect, the columns, the side files, the taxonomy. */
export interface ReadDemandOptions extends DialectOptions {
  columns: ColumnOptions;
  aliases?: TextFile;
  vocabulary?: TextFile;
  skillsFile?: TableSource;
  joinColumns?: string[];
  /** Default: `--taxonomy auto`. */
  occupations?: OccupationSettings;
  /** `--job` as the user typed it: a code selects an occupation, anything else a normalised title. */
  job?: string;
  /** `--exclude-skills`: skills never counted. */
  excludeSkills?: readonly string[];
  /** `--max-skipped`: above this share of unreadable records in a file, reading stops. */
  maxSkipped?: number;
  /** `--count-table`: rows with a skill or a company count those, not postings (docs/scale.md). */
  countTable?: boolean;
}

/** One career as rankings show it: an occupation (its code and label) or a normalised title. */
export interface Career {
  /** The occupation's code, or the title of an uncoded career. */
  key: string;
  /** The occupation's label, or the normalised title. */
  title: string;
  code: string | null;
  stats: CareerStats;
  /** The normalised titles merged into it, most postings first. */
  variants: { title: string; postings: number }[];
}

export interface Demand {
  /** What is ranked: occupations and uncoded titles, or titles only with `--taxonomy none`. */
  careers: Map<string, Career>;
  /**
   * The same careers, made afresh each time they are iterated and dropped after: what a ranking
   * reads, so a million titles are never all held as objects at once.
   */
  eachCareer: Iterable<Career>;
  /** Every normalised title on its own, as before occupations (for a title given as a job), with its coding. */
  titles: Map<string, TitleCareer>;
  available: Availability;
  postings: number;
  skips: SkipLog;
  aliases: Aliases;
  use: TaxonomyUse;
  /** The coders used, to read codes users type and tension tables. */
  coders: OccupationCoder[];
  /** Warnings for stderr about the shape of the files (a side table given as postings). */
  notes: string[];
  /** The `--job`: the key of its career (a code, or the normalised title), if one was given. */
  job?: CareerSelection;
}

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
  const chooser = new TaxonomyChooser(options.occupations ?? { taxonomy: 'auto' });
  const job = options.job === undefined ? undefined : await selectionOf(options.job, aliases, chooser);
  const demand = new DemandAggregator({
    aliases,
    vocabulary,
    skillsTable,
    job,
    excludeSkills: options.excludeSkills,
    countTable: options.countTable === true,
  });
  const files: FileTaxonomy[] = [];
  const notes: string[] = [];
  for (const source of sources) {
    const bad = new BadRecords(source.name, options.maxSkipped ?? MARKET_DEFAULTS.maxSkipped);
    const logSkip = skips.handler(source.name);
    const skip = (unsplit: boolean) => (line: number, reason: string) => {
      logSkip(line, reason);
      bad.skip(line, reason, unsplit);
    };
    const before = demand.postings;
    const hits = skillsTable?.hits ?? 0;
    let coder: OccupationCoder | null = null;
    const sniffer = new SideTableSniffer();
    const { columns, header } = await readPostings(
      source,
      { ...options, descriptions: vocabulary !== undefined, joinColumns: skillsTable ? options.joinColumns : [] },
      (posting) => {
        bad.read();
        sniffer.add(posting);
        const reason = demand.add(posting);
        if (reason) skip(false)(posting.record.line, reason);
      },
      skip(true),
      async (titles) => {
        coder = await chooser.forFile(titles);
        demand.useCoder(coder);
      },
    );
    bad.check();
    // A file with a header and nothing under it is most often an export cut short.
    if (bad.records === 0) notes.push(`File "${source.name}" holds a header and no posting.`);
    const repeated = repeatedColumnsNote(source.name, header, columns);
    if (repeated) notes.push(repeated);
    if (skillsTable && skillsTable.hits === hits && demand.postings > before) {
      const on = (options.joinColumns ?? []).map((name) => `"${name}"`).join(', ');
      notes.push(`No posting of "${source.name}" has a row in skills file "${options.skillsFile!.name}" on ${on}: check --join-column.`);
    }
    const sideTable =
      options.countTable || columns.company === undefined || columns.skills === undefined
        ? undefined
        : sniffer.note(source.name, { title: header[columns.title!]!, company: header[columns.company]!, skills: header[columns.skills]! });
    if (sideTable) notes.push(sideTable);
    if (vocabulary && columns.skills === undefined && columns.description.length === 0) {
      throw new UserError(
        `File "${source.name}" has neither a skills nor a description column for the vocabulary; name one with --description-column.`,
      );
    }
    // A file with no record says nothing of the metrics: its header alone would show 0 companies for every career.
    if (bad.records > 0)
      demand.noteColumns({
        company: columns.company !== undefined,
        date: columns.date !== undefined,
        closeDate: columns.closeDate !== undefined,
        skills: columns.skills !== undefined || vocabulary !== undefined || skillsTable !== undefined,
      });
    const used = coder as OccupationCoder | null;
    files.push({ file: source.name, taxonomy: used?.taxonomy ?? null, postings: demand.postings - before });
  }
  const coders = await chooser.used();
  // Titles are coded, and merged into occupations, only when asked: `check` reading the
  // market for programs named by title never pays for coding.
  let titles: Map<string, TitleCareer> | undefined;
  let careers: Map<string, Career> | undefined;
  const demandCareers = () => {
    if (!careers) {
      careers = new Map();
      for (const career of careersOf(demand)) careers.set(career.key, career);
    }
    return careers;
  };
  const titlesOf = () => {
    titles ??= new Map(demand.titles().map((title) => [title.name, title]));
    return titles;
  };
  return {
    get careers() {
      return demandCareers();
    },
    // Without a taxonomy a career is a title, cheap to make again; merged occupations are kept.
    eachCareer: { [Symbol.iterator]: () => (careers || demand.coded ? demandCareers().values() : demand.titleCareers()) },
    get titles() {
      return titlesOf();
    },
    available: demand.available,
    postings: demand.postings,
    skips,
    aliases,
    get use() {
      return taxonomyUse(files, coders, titlesOf);
    },
    coders,
    notes,
    ...(job ? { job } : {}),
  };
}

/** A ROME code as a normalised title holds it (`m1805`): a count export's cell. */
const ROME_CODE_CELL = /^[a-n]\d{4}$/;

/** Occupations and uncoded titles: titles merged by code, each occupation labelled. */
function* careersOf(demand: DemandAggregator): IterableIterator<Career> {
  if (!demand.coded) {
    yield* demand.titleCareers();
    return;
  }
  for (const [key, merged] of demand.merged((name, coding) => coding?.code ?? name)) {
    const { coding } = merged;
    const code = coding?.code ?? null;
    // A cell that is the code itself ("M1805" in a count export) was normalised like a title:
    // its variant shows the code as the taxonomy writes it, not "m1805"; so does a ROME code
    // of another level merged into the career (M1805 and M1861 under the domain M18).
    const lower = code?.toLowerCase();
    const shown = (title: string) => (title === lower ? code! : ROME_CODE_CELL.test(title) ? title.toUpperCase() : title);
    const variants = code === null ? merged.titles : merged.titles.map((variant) => ({ ...variant, title: shown(variant.title) }));
    yield { key, title: code === null ? key : (coding?.label ?? key), code, stats: merged.stats, variants };
  }
}

/**
 * `--job M1805` and `--job "Développeur / Développeuse informatique"` (the occupation's label,
 * as rank-jobs shows it) select an occupation; `--job "Data Analyst (H/F)"` the postings of that
 * normalised title.
 */
async function selectionOf(job: string, aliases: Aliases, chooser: TaxonomyChooser): Promise<CareerSelection> {
  const coder = await chooser.coderOfCode(job);
  const code = coder?.parseCode(job);
  if (code !== undefined) return { code };
  const title = careerName(job, aliases);
  if (title === '') throw new UserError(`The --job title "${job}" is empty once normalised.`);
  const labelled = await chooser.forTitle(job);
  const coding = labelled?.code(title);
  if (coding?.code && coding.label !== null && careerName(coding.label, aliases) === title) return { code: coding.code };
  const group = labelled ? await groupCodeOfLabel(labelled, title, (label) => careerName(label, aliases)) : undefined;
  return group === undefined ? { title } : { code: group };
}
