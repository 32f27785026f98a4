// Each normalised title's tallies, by title id. A title's first row is kept inline in typed
// arrays (its postings, company, day, duration and skill ids), so a million titles of one
// posting each cost a few array slots apiece, not a record of maps and sets; a title's
// second row makes it a record of tallies (`Tallies`), into which the first row is replayed.
// Figures are turned into maps only when asked, for the careers a report shows.
import type { CareerStats } from './career-stats.js';
import { IdCounts, IdSet } from './id-tallies.js';
import type { Career } from './read-demand.js';

/** The tallies of a title with two rows or more. */
class Tallies {
  readonly companies = new IdSet();
  /** Postings by day id. */
  readonly days = new IdCounts();
  /** Postings per duration in days (close date minus posting date). */
  readonly durations = new Map<number, number>();
  readonly skills = new IdCounts();
}

/** What a title's figures are read with: day numbers by day id, skill names by skill id. */
export interface Lookups {
  dayNumbers: readonly number[];
  skillNames: readonly string[];
}

export class TitleTallies {
  private postings = new Float64Array(1024);
  /** The first row's company id, day id, duration in days (-1: none) and skill ids (`pool[skillStart, + skillCount)`). */
  private firstCompany = new Int32Array(1024);
  private firstDay = new Int32Array(1024);
  private firstDuration = new Int32Array(1024);
  private skillStart = new Int32Array(1024);
  private skillCount = new Int32Array(1024);
  /** 16 bits a skill id while ids fit (a million titles of ten skills: 20 MB), 32 bits after. */
  private pool: Uint16Array | Int32Array = new Uint16Array(1 << 16);
  private poolUsed = 0;
  /** Titles with a second row. */
  private readonly tallies = new Map<number, Tallies>();

  constructor(private readonly lookups: Lookups) {}

  /** Makes room for title `id` (ids are given in order from 0). */
  make(id: number): void {
    const size = id + 1;
    this.postings = grown(this.postings, size);
    this.firstCompany = grown(this.firstCompany, size);
    this.firstDay = grown(this.firstDay, size);
    this.firstDuration = grown(this.firstDuration, size);
    this.skillStart = grown(this.skillStart, size);
    this.skillCount = grown(this.skillCount, size);
  }

  /** Adds a row of `count` postings; -1 for no company, day or duration; `skills[0, found)` are distinct ids. */
  add(id: number, count: number, company: number, day: number, duration: number, skills: readonly number[], found: number): void {
    const before = this.postings[id]!;
    this.postings[id] = before + count;
    // A count table's skill or company row may have made the title's tallies before any posting.
    if (before === 0 && !this.tallies.has(id)) {
      this.firstCompany[id] = company;
      this.firstDay[id] = day;
      this.firstDuration[id] = duration;
      this.skillStart[id] = this.poolUsed;
      this.skillCount[id] = found;
      this.pool = grown(this.pool, this.poolUsed + found);
      for (let i = 0; i < found; i++) {
        const skill = skills[i]!;
        if (skill > 0xffff && this.pool instanceof Uint16Array) this.pool = Int32Array.from(this.pool);
        this.pool[this.poolUsed++] = skill;
      }
      return;
    }
    const tallies = this.tallies.get(id) ?? this.promote(id, before);
    if (company >= 0) tallies.companies.add(company);
    if (day >= 0) tallies.days.add(day, count);
    if (duration >= 0) tallies.durations.set(duration, (tallies.durations.get(duration) ?? 0) + count);
    for (let i = 0; i < found; i++) tallies.skills.add(skills[i]!, count);
  }

  /** A count table's row of one skill that `count` of the title's postings ask for: no posting added. */
  addSkill(id: number, skill: number, count: number): void {
    this.tallied(id).skills.add(skill, count);
  }

  /** A count table's row naming one of the title's companies: no posting added. */
  addCompany(id: number, company: number): void {
    this.tallied(id).companies.add(company);
  }

  private tallied(id: number): Tallies {
    return this.tallies.get(id) ?? this.promote(id, this.postings[id]!);
  }

  /** A title's figures, and the title as a career of its own; its maps are computed each time they are read. */
  stats(id: number, name: string): CareerStats & Career {
    const tallies = this.tallies.get(id);
    const companies = tallies ? tallies.companies.size : this.firstCompany[id]! >= 0 ? 1 : 0;
    return new TitleStats(this, id, name, this.postings[id]!, companies);
  }

  /** The ids of a title's companies. */
  companies(id: number): Iterable<number> {
    const tallies = this.tallies.get(id);
    if (tallies) return tallies.companies.ids();
    return this.firstCompany[id]! >= 0 ? [this.firstCompany[id]!] : [];
  }

  /** Postings per day number. */
  days(id: number): Map<number, number> {
    const { dayNumbers } = this.lookups;
    const tallies = this.tallies.get(id);
    if (tallies) return new Map([...tallies.days.entries()].map(([day, postings]) => [dayNumbers[day]!, postings]));
    const first = this.firstDay[id]!;
    return first < 0 ? new Map() : new Map([[dayNumbers[first]!, this.postings[id]!]]);
  }

  /** Postings per duration in days. */
  durations(id: number): Map<number, number> {
    const tallies = this.tallies.get(id);
    if (tallies) return new Map(tallies.durations);
    const first = this.firstDuration[id]!;
    return first < 0 ? new Map() : new Map([[first, this.postings[id]!]]);
  }

  /** Postings per skill name. */
  skills(id: number): Map<string, number> {
    const names = this.lookups.skillNames;
    const tallies = this.tallies.get(id);
    if (tallies) return new Map([...tallies.skills.entries()].map(([skill, postings]) => [names[skill]!, postings]));
    const skills = new Map<string, number>();
    const postings = this.postings[id]!;
    for (let i = this.skillStart[id]!, end = i + this.skillCount[id]!; i < end; i++) skills.set(names[this.pool[i]!]!, postings);
    return skills;
  }

  /** A title's second row: its first row, inline until now, replayed into tallies of its own. */
  private promote(id: number, firstRow: number): Tallies {
    const tallies = new Tallies();
    this.tallies.set(id, tallies);
    if (firstRow === 0) return tallies; // no row of postings yet: nothing inline to replay
    const company = this.firstCompany[id]!;
    if (company >= 0) tallies.companies.add(company);
    const day = this.firstDay[id]!;
    if (day >= 0) tallies.days.add(day, firstRow);
    const duration = this.firstDuration[id]!;
    if (duration >= 0) tallies.durations.set(duration, firstRow);
    for (let i = this.skillStart[id]!, end = i + this.skillCount[id]!; i < end; i++) tallies.skills.add(this.pool[i]!, firstRow);
    return tallies;
  }
}

/**
 * A title's figures, read from its tallies when asked (nothing cached: reports read few
 * titles), and the title as a career of its own: one object, so that ranking a million
 * titles makes one short-lived object per title.
 */
class TitleStats implements CareerStats, Career {
  readonly code = null;

  constructor(
    private readonly tallies: TitleTallies,
    private readonly id: number,
    readonly key: string,
    readonly postings: number,
    readonly companies: number,
  ) {}

  get title(): string {
    return this.key;
  }

  get stats(): CareerStats {
    return this;
  }

  get variants(): { title: string; postings: number }[] {
    return [{ title: this.key, postings: this.postings }];
  }

  get days(): Map<number, number> {
    return this.tallies.days(this.id);
  }

  get durations(): Map<number, number> {
    return this.tallies.durations(this.id);
  }

  get skills(): Map<string, number> {
    return this.tallies.skills(this.id);
  }
}

/** Grown by doubling, so adding titles stays amortised O(1). */
function grown<A extends Int32Array | Uint16Array | Float64Array>(array: A, needed: number): A {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => A)(Math.max(needed, Math.ceil(array.length * 1.5)));
  bigger.set(array);
  return bigger;
}
