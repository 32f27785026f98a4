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

/** Indexes the courses of programs; `into` lets programs read later add to it without overriding. */
export function indexCourses(programs: readonly ProgramModel[], into = new Map<string, IndexedCourse>()): Map<string, IndexedCourse> {
  const seen = new Set<string>();
  for (const key of into.keys()) seen.add(programOf(key));
  for (const model of programs) {
    const program = model.program.id;
    if (typeof program !== 'string' || seen.has(program)) continue;
    seen.add(program);
    for (const { value } of model.courses) {
      const key = `${program}/${value.id}`;
      if (typeof value.id !== 'string' || into.has(key)) continue;
      into.set(key, { title: value.title ?? value.id, url: value.url ?? null });
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
