// A side table given as postings (one row per posting and skill, as Wuzzuf's job-skills
// export) would count each skill as a posting. Its shape gives it away: many rows share a
// title and a company, each with one skill. The first rows of a file are enough to tell.
import { type PostingCells, SLOT } from './read-postings.js';

/** Rows looked at per file. */
const SAMPLE = 2000;
/** Fewer rows than this say nothing either way. */
const ENOUGH = 200;

export class SideTableSniffer {
  private rows = 0;
  private singleSkill = 0;
  private readonly pairs = new Set<string>();

  add(posting: PostingCells): void {
    if (this.rows >= SAMPLE || !posting.has.company || !posting.has.skills) return;
    const { record } = posting;
    this.rows++;
    this.pairs.add(`${record.text(SLOT.title).trim().toLowerCase()}\u0001${record.text(SLOT.company).trim().toLowerCase()}`);
    if (!/[;,|[]/.test(record.text(SLOT.skills))) this.singleSkill++;
  }

  /** A note for stderr when the file looks like a side table; `columns` names its title, company and skills columns. */
  note(file: string, columns: { title: string; company: string; skills: string }): string | undefined {
    if (this.rows < ENOUGH || this.pairs.size * 3 > this.rows || this.singleSkill < 0.9 * this.rows) return undefined;
    return (
      `File "${file}" looks like a side table of skills: its first ${this.rows} rows hold ${this.pairs.size} title and company pairs, one skill per row, ` +
      `so each skill counts as a posting. If so, read the postings file with --skills-file "${file}" --join-column "${columns.title},${columns.company}" ` +
      `(the skills column here is "${columns.skills}").`
    );
  }
}
