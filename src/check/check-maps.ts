// `check` on knowledge maps: every rule's `checkMap`, located in map.yaml, and map ids unique in the repository.
import { compareText, type Diagnostic } from '../diagnostic.js';
import type { LoadedMap } from '../load/types.js';
import type { CourseIndex } from '../maps/course-index.js';
import type { CheckConfig } from './config.js';
import { RULES } from './registry.js';

/** The diagnostics of the maps, unsorted and before the config's rule settings. */
export function checkMaps(maps: readonly LoadedMap[], courses: CourseIndex, config: CheckConfig): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const map of maps) {
    diagnostics.push(...map.diagnostics);
    if (!map.parsed) continue;
    for (const rule of RULES) {
      for (const finding of rule.checkMap?.({ map: map.model, config, courses }) ?? []) {
        const span = map.locate(finding.path, finding.target);
        diagnostics.push({
          rule: rule.code,
          severity: finding.severity ?? rule.severity,
          message: finding.message,
          file: map.file,
          ...span,
        });
      }
    }
  }
  return [...diagnostics, ...findDuplicateMapIds(maps)];
}

function findDuplicateMapIds(maps: readonly LoadedMap[]): Diagnostic[] {
  const firstFile = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const map of [...maps].sort((a, b) => compareText(a.dir, b.dir))) {
    const id = map.model.map.id;
    if (typeof id !== 'string') continue;
    const first = firstFile.get(id);
    if (first === undefined) firstFile.set(id, map.file);
    else {
      const message = `The map id "${id}" is already used by "${first}".`;
      diagnostics.push({ rule: 'duplicate-id', severity: 'error', message, file: map.file, ...map.locate(['map', 'id']) });
    }
  }
  return diagnostics;
}
