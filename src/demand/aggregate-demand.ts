// Folds postings into per-career aggregates straight from the scanner's bytes: titles,
// companies, dates (and skill tokens, see skill-ids.ts) are looked up by their bytes (ByteCache) and decoded
// only the first time they are seen. Memory grows with careers, companies, skills and
// distinct days, never with rows.

import type { OccupationCoder, OccupationCoding } from '../occupations/index.js';
import { parseDay } from '../table/parse-day.js';
import type { CsvRecord } from '../table/scan-csv.js';
import { type Aliases, careerName } from './aliases.js';
import { ByteCache } from './byte-cache.js';
import type { Availability, CareerSelection, TitleCareer } from './career-stats.js';
import { countOf } from './count-cell.js';
import { type MergedCareer, mergeCareers } from './merge-careers.js';
import type { Career } from './read-demand.js';
import { type PostingCells, SLOT } from './read-postings.js';
import { SkillIds } from './skill-ids.js';
import { TitleTallies } from './title-tallies.js';
import type { SkillFinder } from './vocabulary.js';

export interface DemandOptions {
  aliases: Aliases;
  vocabulary?: SkillFinder;
  skillsTable?: Map<string, string[]>;
  /** Collect skills for this career only; all careers when absent. */
  job?: CareerSelection;
  /** Skills never counted (junk tags of a naive keyword match, say). */
  excludeSkills?: readonly string[];
  /**
   * `--count-table` (docs/scale.md): a counted row with a skill counts the postings asking for
   * that one skill, a row with a company names one of the title's companies; neither adds postings.
   */
  countTable?: boolean;
}

const isSpace = (byte: number) => byte === 0x20 || byte === 0x09;

function isBlank(record: CsvRecord, slot: number): boolean {
  for (let at = record.start[slot]!; at < record.end[slot]!; at++) if (!isSpace(record.buf[at]!)) return false;
  return true;
}

export class DemandAggregator {
  readonly available: Availability = { companies: false, dates: false, durations: false, skills: false };
  postings = 0;
  /** Career id by normalised title. */
  private readonly careerIds = new Map<string, number>();
  // Careers by id, column by column.
  private readonly names: string[] = [];
  /**
   * A title keeps the coder of the first file it appears in: each file's coder (null without
   * a taxonomy) with the first title id it made.
   */
  private readonly coders: { from: number; coder: OccupationCoder | null }[] = [];
  /** Computed when first asked (or at once for `--job <code>`): coding costs more than reading. */
  private readonly codings: (OccupationCoding | null)[] = [];
  /** With a `--job`, the titles whose skills are counted (without, every title's). */
  private readonly skillTitles = new Set<number>();
  private readonly tallies: TitleTallies;
  /** Career id (-1: empty title) by the bytes of a title cell. */
  private readonly titleCache = new ByteCache<number>();
  private readonly companyCache = new ByteCache<number>();
  private readonly companyIds = new Map<string, number>();
  /** Day id (-1: undated) by the bytes of a date cell. */
  private readonly dayCache = new ByteCache<number>();
  private readonly dayIds = new Map<number, number>();
  private readonly dayNumbers: number[] = [];
  private readonly skills: SkillIds;
  /** A posting's skill ids, reused from posting to posting. */
  private readonly ids: number[] = [];
  private coder: OccupationCoder | null = null;

  constructor(private readonly options: DemandOptions) {
    this.skills = new SkillIds(options.aliases, options.excludeSkills);
    this.tallies = new TitleTallies({ dayNumbers: this.dayNumbers, skillNames: this.skills.names });
  }

  /** Adds a posting; returns why it was skipped, or null. */
  add(posting: PostingCells): string | null {
    const { record, has } = posting;
    const buf = record.buf;
    let career = this.titleCache.get(buf, record.start[SLOT.title]!, record.end[SLOT.title]!);
    if (career === undefined) {
      career = this.careerOf(record.text(SLOT.title));
      this.titleCache.set(buf, record.start[SLOT.title]!, record.end[SLOT.title]!, career);
    }
    if (career < 0) return 'its title is empty';
    let count = 1;
    if (has.count) {
      const cell = countOf(record.text(SLOT.count).trim());
      if (typeof cell === 'string') return cell;
      count = cell;
      if (count === 0) return null;
      if (this.options.countTable && this.countTableRow(posting, career, count)) return null;
    }
    const company = has.company ? this.companyId(record) : -1;
    const dayId = has.date ? this.dayId(record, SLOT.date) : -1;
    let duration = -1;
    if (dayId >= 0) {
      const closeId = has.closeDate ? this.dayId(record, SLOT.closeDate) : -1;
      if (closeId >= 0) duration = Math.max(-1, this.dayNumbers[closeId]! - this.dayNumbers[dayId]!);
    }
    const found = this.options.job === undefined || this.skillTitles.has(career) ? this.readSkills(posting) : 0;
    this.postings += count;
    this.tallies.add(career, count, company, dayId, duration, this.ids, found);
    return null;
  }

  /** Records which columns a file had, so metrics are shown where their columns exist. */
  noteColumns(has: { company: boolean; date: boolean; closeDate: boolean; skills: boolean }): void {
    this.available.companies ||= has.company;
    this.available.dates ||= has.date;
    this.available.durations ||= has.date && has.closeDate;
    this.available.skills ||= has.skills;
  }

  /** Codes the titles of the next file's postings to occupations (null: group by title only). */
  useCoder(coder: OccupationCoder | null): void {
    this.coder = coder;
    this.coders.push({ from: this.names.length, coder });
  }

  /** The aggregates of each normalised title, skill ids turned back into names when asked. */
  titles(): TitleCareer[] {
    return this.names.map((name, id) => ({ name, stats: this.tallies.stats(id, name), coding: this.codingOf(id) }));
  }

  /** Each title as a career of its own, made as iterated (no taxonomy: nothing to merge). */
  *titleCareers(): IterableIterator<Career> {
    for (let id = 0; id < this.names.length; id++) yield this.tallies.stats(id, this.names[id]!);
  }

  /** Whether any file was read with a taxonomy. */
  get coded(): boolean {
    return this.coders.some(({ coder }) => coder !== null);
  }

  /**
   * Title careers merged by `keyOf` (their occupation, say): sums, and each company counted
   * once. `keyOf` gets each title's name and coding.
   */
  *merged(
    keyOf: (name: string, coding: OccupationCoding | null) => string,
  ): IterableIterator<[string, MergedCareer & { coding: OccupationCoding | null }]> {
    const member = (id: number) => ({
      name: this.names[id]!,
      stats: this.tallies.stats(id, this.names[id]!),
      companies: this.tallies.companies(id),
    });
    const groups = new Map<string, number[]>();
    for (let id = 0; id < this.names.length; id++) {
      const key = keyOf(this.names[id]!, this.codingOf(id));
      const members = groups.get(key);
      if (members === undefined) groups.set(key, [id]);
      else members.push(id);
    }
    for (const [key, members] of groups) {
      const merged = mergeCareers(members.map(member));
      // The career is labelled by its title with the most postings.
      yield [key, { ...merged, coding: this.codingOf(this.careerIds.get(merged.titles[0]!.title)!) }];
    }
  }

  private codingOf(id: number): OccupationCoding | null {
    let coding = this.codings[id];
    if (coding === undefined) {
      const coder = this.coderOf(id);
      if (coder === null) return null;
      coding = coder.code(this.names[id]!);
      this.codings[id] = coding;
    }
    return coding;
  }

  private coderOf(id: number): OccupationCoder | null {
    for (let i = this.coders.length - 1; i >= 0; i--) if (this.coders[i]!.from <= id) return this.coders[i]!.coder;
    return null;
  }

  private careerOf(title: string): number {
    const name = careerName(title, this.options.aliases);
    if (!name) return -1;
    let id = this.careerIds.get(name);
    if (id === undefined) {
      id = this.names.push(name) - 1;
      this.careerIds.set(name, id);
      this.tallies.make(id);
      const job = this.options.job;
      if (job !== undefined && ('title' in job ? job.title === name : this.coder?.code(name).code === job.code)) this.skillTitles.add(id);
    }
    return id;
  }

  /** A count table's skill or company row counted; false for a row of postings. */
  private countTableRow(posting: PostingCells, career: number, count: number): boolean {
    const { record, has } = posting;
    if (has.skills && !isBlank(record, SLOT.skills)) {
      // One skill per row, read whole: `c, c++` is one skill here, as it was one list item.
      if (this.options.job === undefined || this.skillTitles.has(career)) {
        const id = this.skills.idOf(record.text(SLOT.skills));
        if (id >= 0) this.tallies.addSkill(career, id, count);
      }
      return true;
    }
    if (has.company && !isBlank(record, SLOT.company)) {
      const company = this.companyId(record);
      if (company >= 0) this.tallies.addCompany(career, company);
      return true;
    }
    return false;
  }

  private companyId(record: CsvRecord): number {
    const buf = record.buf;
    let start = record.start[SLOT.company]!;
    let end = record.end[SLOT.company]!;
    while (start < end && isSpace(buf[start]!)) start++;
    while (end > start && isSpace(buf[end - 1]!)) end--;
    if (start === end) return -1;
    let id = this.companyCache.get(buf, start, end);
    if (id === undefined) {
      const name = record.text(SLOT.company).trim().toLowerCase();
      id = name ? (this.companyIds.get(name) ?? this.companyIds.set(name, this.companyIds.size).size - 1) : -1;
      this.companyCache.set(buf, start, end, id);
    }
    return id;
  }

  private dayId(record: CsvRecord, slot: number): number {
    let id = this.dayCache.get(record.buf, record.start[slot]!, record.end[slot]!);
    if (id === undefined) {
      const day = parseDay(record.text(slot));
      id = day === null ? -1 : (this.dayIds.get(day) ?? this.dayIds.set(day, this.dayNumbers.push(day) - 1).get(day)!);
      this.dayCache.set(record.buf, record.start[slot]!, record.end[slot]!, id);
    }
    return id;
  }

  /** The posting's distinct skill ids into `ids`; returns how many. */
  private readSkills(posting: PostingCells): number {
    const ids = this.ids;
    let found = posting.has.skills ? this.skills.readCell(posting.record, SLOT.skills, ids) : 0;
    if (posting.description !== undefined && this.options.vocabulary) {
      for (const skill of this.options.vocabulary(posting.description)) ids[found++] = this.skills.idOf(skill);
    }
    if (posting.joinKey !== undefined)
      for (const skill of this.options.skillsTable?.get(posting.joinKey) ?? []) ids[found++] = this.skills.idOf(skill);
    return this.skills.distinct(ids, found);
  }
}
