// The one thing maps need from programs: which `program-id/course-id` exist, with their titles.
import type { ProgramModel } from '../load/types.js';

/** What a map shows of a program's course. */
export interface IndexedCourse {
  title: string;
  /** The course's own `url` as declared (external courses), or null. */
  url: string | null;
}

/** `program-id/course-id` -> the course; the first program and course with an id win (duplicates are `duplicate-id`). */
export type CourseIndex = ReadonlyMap<string, IndexedCourse>;

/**
 * The programs holding courses in each index `indexCourses` fills, kept with it: reading them
 * back from the keys at every call made `check` quadratic in programs (one call per program).
 */
const indexedByIndex = new WeakMap<Map<string, IndexedCourse>, Set<string>>();

/** Indexes the courses of programs; `into` lets programs read later add to it without overriding. */
export function indexCourses(programs: readonly ProgramModel[], into = new Map<string, IndexedCourse>()): Map<string, IndexedCourse> {
  let indexed = indexedByIndex.get(into);
  if (indexed === undefined) {
    indexed = new Set([...into.keys()].map(programOf));
    indexedByIndex.set(into, indexed);
  }
  const seen = new Set<string>();
  for (const model of programs) {
    const program = model.program.id;
    if (typeof program !== 'string' || seen.has(program) || indexed.has(program)) continue;
    seen.add(program);
    for (const { value } of model.courses) {
      const key = `${program}/${value.id}`;
      if (typeof value.id !== 'string' || into.has(key)) continue;
      into.set(key, { title: value.title ?? value.id, url: value.url ?? null });
      indexed.add(program);
    }
  }
  return into;
}

/** The program ids of an index. */
export function indexedPrograms(index: CourseIndex): Set<string> {
  return new Set([...index.keys()].map(programOf));
}

/** `web-developer` of `web-developer/learn-http`. */
export function programOf(ref: string): string {
  return ref.slice(0, ref.indexOf('/'));
}
