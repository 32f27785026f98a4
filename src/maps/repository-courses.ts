// The courses knowledge maps may name: those of the programs checked with them, and, for a
// program a map names that was not checked, those of the other programs of the map's repository.
import { realpath } from 'node:fs/promises';
import { UserError } from '../errors/user-error.js';
import { repositoryRoot } from '../files/repository-root.js';
import { discoverFolders } from '../load/discover-programs.js';
import { loadProgram } from '../load/load-program.js';
import type { LoadedMap } from '../load/types.js';
import { COURSE_REF_PATTERN, courseRef, isProgramCourse } from '../model/map-schema.js';
import { type CourseIndex, type IndexedCourse, indexCourses, indexedPrograms, programOf } from './course-index.js';

/**
 * `program-id/course-id` -> title and URL. `index` holds the courses of the programs checked
 * (read from `programDirs`), which come first; when a map names
 * a program they do not hold (`check curricula/maps/web-development` alone), the repository
 * holding the map (its git repository, or the map folder outside git) is searched, in path
 * order, until every named program is found. Programs read that way are not checked: a
 * program that cannot be read is passed over.
 */
export async function indexRepositoryCourses(
  maps: readonly LoadedMap[],
  index: Map<string, IndexedCourse>,
  programDirs: readonly string[],
  cwd: string,
): Promise<CourseIndex> {
  const missing = namedPrograms(maps);
  for (const program of indexedPrograms(index)) missing.delete(program);
  if (missing.size === 0) return index;
  const loaded = new Set(await Promise.all(programDirs.map((dir) => realpath(dir))));
  const roots = new Set(await Promise.all(maps.map((map) => repositoryRoot(map.dir))));
  for (const root of roots) {
    const found = await discoverFolders([root], cwd, false).catch(ignoreUserError);
    for (const dir of found?.programs ?? []) {
      if (missing.size === 0) return index;
      if (loaded.has(dir)) continue;
      loaded.add(dir);
      const program = await loadProgram(dir, cwd, root).catch(ignoreUserError);
      if (program === undefined) continue;
      indexCourses([program.model], index);
      for (const id of indexedPrograms(index)) missing.delete(id);
    }
  }
  return index;
}

/** The program ids the maps' courses name. */
function namedPrograms(maps: readonly LoadedMap[]): Set<string> {
  const named = new Set<string>();
  for (const map of maps) {
    for (const { value } of map.model.concepts) {
      for (const entry of value.courses ?? []) {
        const ref = courseRef(entry);
        if (isProgramCourse(ref) && COURSE_REF_PATTERN.test(ref)) named.add(programOf(ref));
      }
    }
  }
  return named;
}

function ignoreUserError(error: unknown): undefined {
  if (error instanceof UserError) return undefined;
  throw error;
}
