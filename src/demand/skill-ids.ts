// Skill names as small integer ids, read straight from a skills cell's bytes: the cell is
// split like `splitSkills` and each token is looked up by its bytes, normalised and
// aliased only the first time it is seen.

import type { CsvRecord } from '../table/scan-csv.js';
import type { Aliases } from './aliases.js';
import { ByteCache, FNV_OFFSET, FNV_PRIME } from './byte-cache.js';
import { normalizeSkill, splitSkills } from './parse-skills.js';

const SEMICOLON = 0x3b;
const PIPE = 0x7c;
const COMMA = 0x2c;
const BRACKET = 0x5b;
const isSpace = (byte: number) => byte === 0x20 || byte === 0x09;

export class SkillIds {
  /** Skill names by id. */
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly cache = new ByteCache<number>();
  /** Per skill id, the last posting (stamp) that counted it: a skill counts once per posting. */
  private seen = new Int32Array(256);
  private stamp = 0;

  /** Skills never counted (`--exclude-skills`), normalised and aliased like the data's. */
  private readonly excluded: ReadonlySet<string>;

  constructor(
    private readonly aliases: Aliases,
    exclude: readonly string[] = [],
  ) {
    this.excluded = new Set(exclude.map((name) => this.canonical(name)));
  }

  /** The id of a raw skill name, normalised and aliased; -1 when nothing is left, or the skill is excluded. */
  idOf(raw: string): number {
    const skill = this.canonical(raw);
    if (!skill || this.excluded.has(skill)) return -1;
    let id = this.ids.get(skill);
    if (id === undefined) {
      id = this.names.push(skill) - 1;
      this.ids.set(skill, id);
    }
    return id;
  }

  /** Keeps, in place, the first occurrence of each valid id among `ids[0, found)`; returns how many are left. */
  distinct(ids: number[], found: number): number {
    const stamp = ++this.stamp;
    if (this.seen.length < this.names.length) {
      const bigger = new Int32Array(this.names.length * 2);
      bigger.set(this.seen);
      this.seen = bigger;
    }
    let distinct = 0;
    for (let i = 0; i < found; i++) {
      const id = ids[i]!;
      if (id < 0 || this.seen[id] === stamp) continue;
      this.seen[id] = stamp;
      ids[distinct++] = id;
    }
    return distinct;
  }

  private canonical(raw: string): string {
    const normal = normalizeSkill(raw);
    return this.aliases.skills.get(normal) ?? normal;
  }

  /**
   * Writes the ids of a skills cell into `out` (from index 0) and returns how many, hashing
   * each token as it is split (a token's key keeps its trailing spaces; its skill does
   * not). Bracketed lists and cells with escaped quotes take the string path.
   */
  readCell(record: CsvRecord, slot: number, out: number[]): number {
    const buf = record.buf;
    let start = record.start[slot]!;
    const end = record.end[slot]!;
    while (start < end && isSpace(buf[start]!)) start++;
    if (start === end) return 0;
    let found = 0;
    if (record.escaped[slot] || buf[start] === BRACKET) {
      for (const raw of splitSkills(record.text(slot))) out[found++] = this.idOf(raw);
      return found;
    }
    let separator = COMMA;
    for (let i = start; i < end; i++) {
      const byte = buf[i];
      if (byte === SEMICOLON) {
        separator = SEMICOLON;
        break;
      }
      if (byte === PIPE) separator = PIPE;
    }
    for (let from = start; from <= end; ) {
      while (from < end && isSpace(buf[from]!)) from++;
      let to = from;
      let hash = FNV_OFFSET;
      for (let byte = buf[to]; to < end && byte !== separator; byte = buf[++to]) hash = Math.imul(hash ^ byte!, FNV_PRIME);
      if (to > from) {
        let id = this.cache.getHashed(hash, buf, from, to);
        if (id === undefined) {
          id = this.idOf(buf.toString('utf8', from, to));
          this.cache.set(buf, from, to, id);
        }
        out[found++] = id;
      }
      from = to + 1;
    }
    return found;
  }
}
