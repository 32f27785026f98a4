// A skills table beside the postings (one row per posting and skill), read first into a
// Map from join key to the posting's skills. Memory: one entry per distinct join key in
// the skills table, its skill strings shared (interned), never the postings file's rows.
import { UserError } from '../errors/user-error.js';
import { headerKey } from '../table/header-names.js';
import { type DialectOptions, scanTable, type TableSource } from '../table/scan-table.js';
import { HEADER_NAMES } from './find-columns.js';
import { normalizeSkill } from './parse-skills.js';
import { findJoinColumn, joinKey, type SkipHandler } from './read-postings.js';

export interface SkillsTableOptions extends DialectOptions {
  joinColumns: readonly string[];
  /** The skill column; found by header name (`skill`, `job_skill`, `skill_abr`...) when absent. */
  skillColumn?: string;
}

/** Join key -> skills, counting the lookups that found a row: a join that finds none is a wrong --join-column. */
export class SkillsTable extends Map<string, string[]> {
  hits = 0;

  override get(key: string): string[] | undefined {
    const skills = super.get(key);
    if (skills !== undefined) this.hits++;
    return skills;
  }
}

export async function readSkillsTable(source: TableSource, options: SkillsTableOptions, onSkip: SkipHandler): Promise<SkillsTable> {
  const table = new SkillsTable();
  const interned = new Map<string, string>();
  const width = options.joinColumns.length;
  await scanTable(source, options, {
    header(fields) {
      const join = options.joinColumns.map((name) => findJoinColumn(fields, name, source.name));
      const keys = fields.map(headerKey);
      const skill =
        options.skillColumn !== undefined
          ? findJoinColumn(fields, options.skillColumn, source.name)
          : HEADER_NAMES.skills.map((name) => keys.indexOf(name)).find((index) => index >= 0 && !join.includes(index));
      if (skill === undefined) {
        throw new UserError(`Skills file "${source.name}" has no skill column (header: ${fields.map((h) => `"${h}"`).join(', ')}).`);
      }
      return [...join, skill];
    },
    record(record) {
      const raw = normalizeSkill(record.text(width));
      if (!raw) return;
      const skill = interned.get(raw) ?? raw;
      interned.set(raw, skill);
      const key = joinKey(Array.from({ length: width }, (_, slot) => record.text(slot)));
      const skills = table.get(key);
      if (!skills) table.set(key, [skill]);
      else if (!skills.includes(skill)) skills.push(skill);
    },
    skip: onSkip,
  });
  table.hits = 0;
  return table;
}
