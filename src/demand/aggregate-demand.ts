// Folds postings into per-career aggregates straight from the scanner's bytes: titles,
// companies, dates (and skill tokens, see skill-ids.ts) are looked up by their bytes (ByteCache) and decoded
// only the first time they are seen. Memory grows with careers, companies, skills and
// distinct days, never with rows.

import type { OccupationCoder, OccupationCoding } from '../occupations/index.js';
import { parseDay } from '../table/parse-day.js';
import type { CsvRecord } from '../table/scan-csv.js';
import { type Aliases, careerName } from './aliases.js';
import { ByteCache } from './byte-cache.js';
import type { Availability, CareerSelection, CareerStats, TitleCareer } from './career-stats.js';
import { IdCounts, IdSet } from './id-tallies.js';
import { type MergedCareer, mergeCareers } from './merge-careers.js';
import { type PostingCells, SLOT } from './read-postings.js';
import { SkillIds } from './skill-ids.js';
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

interface Career {
  name: string;
  stats: CareerStats;
  /** The coder of the first file the title appears in; null without a taxonomy. */
  coder: OccupationCoder | null;
  /** Computed when first asked (or at once for `--job <code>`): coding costs more than reading. */
  coding?: OccupationCoding | null;
  companies: IdSet;
  /** Postings by day id (see `dayIds`). */
  days: IdCounts;
  skills: IdCounts;
  wantsSkills: boolean;
}

const isSpace = (byte: number) => byte === 0x20 || byte === 0x09;

function isBlank(record: CsvRecord, slot: number): boolean {
  for (let at = record.start[slot]!; at < record.end[slot]!; at++) if (!isSpace(record.buf[at]!)) return false;
  return true;
}

export class DemandAggregator {
  readonly available: Availability = { companies: false, dates: false, durations: false, skills: false };
  postings = 0;
  private readonly careers = new Map<string, Career>();
  private readonly titleCache = new ByteCache<Career | null>();
  private readonly companyCache = new ByteCache<number>();
  private readonly companyIds = new Map<string, number>();
  /** Day id (-1: undated) by the bytes of a date cell. */
  private readonly dayCache = new ByteCache<number>();
  private readonly dayIds = new Map<number, number>();
  private readonly dayNumbers: number[] = [];
  private readonly skills: SkillIds;
  /** A posting's skill ids, reused from posting to posting. */
  private readonly ids: number[] = [];
  /** Per skill id, the last posting (stamp) that counted it: a skill counts once per posting. */
  private seen = new Int32Array(256);
  private stamp = 0;
  private coder: OccupationCoder | null = null;
  private finished = false;

  constructor(private readonly options: DemandOptions) {
    this.skills = new SkillIds(options.aliases, options.excludeSkills);
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
    if (!career) return 'its title is empty';
    let count = 1;
    if (has.count) {
      const text = record.text(SLOT.count).trim();
      count = Number(text.replace(/[\s\u00a0\u202f]/g, ''));
      if (!Number.isInteger(count) || count < 0 || text === '') return `its count "${text}" is not a whole number`;
      if (count === 0) return null;
      if (this.options.countTable && this.countTableRow(posting, career, count)) return null;
    }
    const stats = career.stats;
    stats.postings += count;
    this.postings += count;
    if (has.company) {
      const company = this.companyId(record);
      if (company >= 0) career.companies.add(company);
    }
    const dayId = has.date ? this.dayId(record, SLOT.date) : -1;
    if (dayId >= 0) {
      career.days.add(dayId, count);
      const closeId = has.closeDate ? this.dayId(record, SLOT.closeDate) : -1;
      const days = closeId >= 0 ? this.dayNumbers[closeId]! - this.dayNumbers[dayId]! : -1;
      if (days >= 0) stats.durations.set(days, (stats.durations.get(days) ?? 0) + count);
    }
    if (career.wantsSkills) this.countSkills(posting, career.skills, count);
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
  }

  /** The aggregates of each normalised title, skill ids turned back into names. */
  titles(): TitleCareer[] {
    if (!this.finished) {
      for (const career of this.careers.values()) {
        career.stats.companies = career.companies.size;
        career.stats.days = new Map([...career.days.entries()].map(([id, postings]) => [this.dayNumbers[id]!, postings]));
        career.stats.skills = new Map([...career.skills.entries()].map(([id, postings]) => [this.skills.names[id]!, postings]));
      }
      this.finished = true;
    }
    return [...this.careers.values()].map((career) => ({ name: career.name, stats: career.stats, coding: codingOf(career) }));
  }

  /** Title careers merged by `keyOf` (their occupation, say): sums, and each company counted once. */
  merged(keyOf: (career: TitleCareer) => string): Map<string, MergedCareer> {
    this.titles();
    const groups = new Map<string, Career[]>();
    for (const career of this.careers.values()) {
      const key = keyOf({ name: career.name, stats: career.stats, coding: codingOf(career) });
      const members = groups.get(key);
      if (members) members.push(career);
      else groups.set(key, [career]);
    }
    return new Map([...groups].map(([key, members]) => [key, mergeCareers(members)]));
  }

  private careerOf(title: string): Career | null {
    const name = careerName(title, this.options.aliases);
    if (!name) return null;
    let career = this.careers.get(name);
    if (!career) {
      // A title keeps the coder of the first file it appears in.
      const coder = this.coder;
      const job = this.options.job;
      const stats: CareerStats = { postings: 0, companies: 0, days: new Map(), durations: new Map(), skills: new Map() };
      career = {
        name,
        stats,
        companies: new IdSet(),
        days: new IdCounts(),
        skills: new IdCounts(),
        coder,
        wantsSkills: job === undefined || ('title' in job ? job.title === name : coder?.code(name).code === job.code),
      };
      this.careers.set(name, career);
    }
    return career;
  }

  /** A count table's skill or company row counted; false for a row of postings. */
  private countTableRow(posting: PostingCells, career: Career, count: number): boolean {
    const { record, has } = posting;
    if (has.skills && !isBlank(record, SLOT.skills)) {
      // One skill per row, read whole: `c, c++` is one skill here, as it was one list item.
      if (career.wantsSkills) {
        const id = this.skills.idOf(record.text(SLOT.skills));
        if (id >= 0) career.skills.add(id, count);
      }
      return true;
    }
    if (has.company && !isBlank(record, SLOT.company)) {
      const company = this.companyId(record);
      if (company >= 0) career.companies.add(company);
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

  private countSkills(posting: PostingCells, counts: IdCounts, count: number): void {
    const stamp = ++this.stamp;
    const ids = this.ids;
    let found = posting.has.skills ? this.skills.readCell(posting.record, SLOT.skills, ids) : 0;
    if (posting.description !== undefined && this.options.vocabulary) {
      for (const skill of this.options.vocabulary(posting.description)) ids[found++] = this.skills.idOf(skill);
    }
    if (posting.joinKey !== undefined)
      for (const skill of this.options.skillsTable?.get(posting.joinKey) ?? []) ids[found++] = this.skills.idOf(skill);
    if (this.seen.length < this.skills.names.length) {
      const grown = new Int32Array(this.skills.names.length * 2);
      grown.set(this.seen);
      this.seen = grown;
    }
    for (let i = 0; i < found; i++) {
      const id = ids[i]!;
      if (id < 0 || this.seen[id] === stamp) continue;
      this.seen[id] = stamp;
      counts.add(id, count);
    }
  }
}

function codingOf(career: Career): OccupationCoding | null {
  if (career.coding === undefined) career.coding = career.coder?.code(career.name) ?? null;
  return career.coding;
}
