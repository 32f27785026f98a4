// Folds raw postings into per-career aggregates. Memory grows with careers, companies,
// skills and distinct days, never with rows: every per-row result lands in a Map.
import type { Aliases } from './aliases.js';
import { normalizeTitle } from './normalize-title.js';
import { parseDay } from './parse-day.js';
import { normalizeSkill, splitSkills } from './parse-skills.js';
import type { RawPosting } from './read-postings.js';
import type { SkillFinder } from './vocabulary.js';

/** What is known of one career. Days are day numbers (days since 1970-01-01, UTC). */
export interface CareerStats {
  postings: number;
  companies: Set<string>;
  /** Postings per posting day. */
  days: Map<number, number>;
  /** Postings per duration in days (close date minus posting date). */
  durations: Map<number, number>;
  /** Postings asking for each skill. */
  skills: Map<string, number>;
}

/** Which metrics the inputs can support (a column existed in at least one file). */
export interface Availability {
  companies: boolean;
  dates: boolean;
  durations: boolean;
  skills: boolean;
}

export interface DemandOptions {
  aliases: Aliases;
  vocabulary?: SkillFinder;
  skillsTable?: Map<string, string[]>;
  /** Collect skills for this career only (a normalised name); all careers when absent. */
  job?: string;
}

const CACHE_LIMIT = 100_000;

export class DemandAggregator {
  readonly careers = new Map<string, CareerStats>();
  readonly available: Availability = { companies: false, dates: false, durations: false, skills: false };
  postings = 0;
  private readonly titles = new Map<string, string>();
  private readonly skillNames = new Map<string, string>();
  private readonly dayCache = new Map<string, number | null>();

  constructor(private readonly options: DemandOptions) {}

  /** Adds a posting; returns why it was skipped, or null. */
  add(posting: RawPosting): string | null {
    const career = this.career(posting.title);
    if (!career) return 'its title is empty';
    let count = 1;
    if (posting.count !== undefined) {
      count = Number(posting.count.trim().replace(/[\s\u00a0\u202f]/g, ''));
      if (!Number.isInteger(count) || count < 0 || posting.count.trim() === '') return `its count "${posting.count}" is not a whole number`;
      if (count === 0) return null;
    }
    let stats = this.careers.get(career);
    if (!stats) this.careers.set(career, (stats = { postings: 0, companies: new Set(), days: new Map(), durations: new Map(), skills: new Map() }));
    stats.postings += count;
    this.postings += count;
    if (posting.company !== undefined) {
      const company = posting.company.trim().toLowerCase();
      if (company) stats.companies.add(company);
    }
    const day = posting.date === undefined ? null : this.day(posting.date);
    if (day !== null) stats.days.set(day, (stats.days.get(day) ?? 0) + count);
    if (day !== null && posting.closeDate !== undefined) {
      const close = this.day(posting.closeDate);
      if (close !== null && close >= day) stats.durations.set(close - day, (stats.durations.get(close - day) ?? 0) + count);
    }
    if (this.options.job === undefined || this.options.job === career) {
      for (const skill of this.skills(posting)) stats.skills.set(skill, (stats.skills.get(skill) ?? 0) + count);
    }
    return null;
  }

  /** Records which columns a file had, so metrics are shown where their columns exist. */
  noteColumns(has: { company: boolean; date: boolean; closeDate: boolean; skills: boolean }): void {
    this.available.companies ||= has.company;
    this.available.dates ||= has.date;
    this.available.durations ||= has.date && has.closeDate;
    this.available.skills ||= has.skills;
  }

  /** Normalises a title like the data: used for `--job`. */
  career(title: string): string {
    let career = this.titles.get(title);
    if (career === undefined) {
      const normal = normalizeTitle(title);
      career = this.options.aliases.titles.get(normal) ?? normal;
      if (this.titles.size >= CACHE_LIMIT) this.titles.clear();
      this.titles.set(title, career);
    }
    return career;
  }

  private skills(posting: RawPosting): Iterable<string> {
    const found = new Set<string>();
    if (posting.skills !== undefined) for (const raw of splitSkills(posting.skills)) this.addSkill(found, raw);
    if (posting.description !== undefined && this.options.vocabulary) {
      for (const skill of this.options.vocabulary(posting.description)) found.add(this.options.aliases.skills.get(skill) ?? skill);
    }
    if (posting.joinKey !== undefined) for (const skill of this.options.skillsTable?.get(posting.joinKey) ?? []) this.addSkill(found, skill);
    return found;
  }

  private addSkill(found: Set<string>, raw: string): void {
    let skill = this.skillNames.get(raw);
    if (skill === undefined) {
      const normal = normalizeSkill(raw);
      skill = this.options.aliases.skills.get(normal) ?? normal;
      if (this.skillNames.size >= CACHE_LIMIT) this.skillNames.clear();
      this.skillNames.set(raw, skill);
    }
    if (skill) found.add(skill);
  }

  private day(text: string): number | null {
    let day = this.dayCache.get(text);
    if (day === undefined) {
      day = parseDay(text);
      if (this.dayCache.size >= CACHE_LIMIT) this.dayCache.clear();
      this.dayCache.set(text, day);
    }
    return day;
  }
}
