// Which skills a program defines, validates (through projects) and teaches (through courses).
import type { Item, ProgramModel } from '../load/types.js';

export function definedIds<T extends { id: string }>(items: readonly Item<T>[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) if (typeof item.value.id === 'string') ids.add(item.value.id);
  return ids;
}

/** Skills named by at least one project (whether they exist or not). */
export function validatedSkills(model: ProgramModel): Set<string> {
  return new Set(model.projects.flatMap((project) => project.value.skills ?? []));
}

/** Skills named by at least one course. */
export function taughtSkills(model: ProgramModel): Set<string> {
  return new Set(model.courses.flatMap((course) => course.value.skills ?? []));
}

/** True when a project or course skills list could not be read: rules about coverage must stay silent. */
export function hasUnreadableSkills(items: readonly Item<{ skills: string[] }>[]): boolean {
  return items.some((item) => item.value.skills === undefined);
}
