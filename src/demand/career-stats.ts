// What the aggregation knows of each career, and which metrics the inputs support: the types
// that aggregate-demand.ts fills and the rankings read.
import type { OccupationCoding } from '../occupations/index.js';

/** What is known of one career. Days are day numbers (days since 1970-01-01, UTC). */
export interface CareerStats {
  postings: number;
  /** Distinct companies. */
  companies: number;
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

/** The one career whose skills are collected: postings of one normalised title, or of one occupation. */
export type CareerSelection = { title: string } | { code: string };

/** A normalised title's aggregates, and how it was coded to an occupation (null: no taxonomy). */
export interface TitleCareer {
  name: string;
  stats: CareerStats;
  coding: OccupationCoding | null;
}
