// Several titles' aggregates as one career (an occupation): counts summed, and each company
// counted once across the titles, which is why the companies' ids are kept until now.
import type { CareerStats } from './career-stats.js';
import { IdSet } from './id-tallies.js';

/** Title careers merged into one: the titles with their postings, most first. */
export interface MergedCareer {
  stats: CareerStats;
  titles: { title: string; postings: number }[];
}

/** A title's finished aggregates, with the ids of its companies. */
interface Mergeable {
  name: string;
  stats: CareerStats;
  companies: Iterable<number>;
}

/** One career of several titles' finished aggregates: counts summed, companies as a union. */
export function mergeCareers(members: readonly Mergeable[]): MergedCareer {
  const titles = members.map((career) => ({ title: career.name, postings: career.stats.postings }));
  titles.sort((a, b) => b.postings - a.postings || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  if (members.length === 1) return { stats: members[0]!.stats, titles };
  const companies = new IdSet();
  const stats: CareerStats = { postings: 0, companies: 0, days: new Map(), durations: new Map(), skills: new Map() };
  for (const career of members) {
    stats.postings += career.stats.postings;
    for (const id of career.companies) companies.add(id);
    addCounts(stats.days, career.stats.days);
    addCounts(stats.durations, career.stats.durations);
    addCounts(stats.skills, career.stats.skills);
  }
  stats.companies = companies.size;
  return { stats, titles };
}

function addCounts<K>(into: Map<K, number>, more: ReadonlyMap<K, number>): void {
  for (const [key, count] of more) into.set(key, (into.get(key) ?? 0) + count);
}
