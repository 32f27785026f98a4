// Which projects validate and which courses teach each skill, and the project-course links that
// follow from them, in time and size that grow with the program, not with projects x courses.
import type { Program } from '../model/schema.js';

/**
 * Above this many shared-skill pairs (a project and a course meeting on a skill, summed over the
 * skills), a project lists only the first LINKS_PER_LIST courses that prepare it, and a course
 * the first LINKS_PER_LIST projects it prepares (docs/render.md, "Huge programs").
 */
export const MAX_SHARED_SKILL_PAIRS = 10_000;
export const LINKS_PER_LIST = 20;

export interface SkillLinks {
  /** Positions (0-based, ascending) of the projects that validate each skill. */
  validators: Map<string, number[]>;
  /** Positions (0-based, ascending) of the courses that teach each skill. */
  teachers: Map<string, number[]>;
  /** The longest a list of links may be: Infinity unless the program is over MAX_SHARED_SKILL_PAIRS. */
  limit: number;
}

export function indexSkillLinks(program: Program): SkillLinks {
  const validators = positionsBySkill(program.projects);
  const teachers = positionsBySkill(program.courses);
  let pairs = 0;
  for (const [skill, projects] of validators) pairs += projects.length * (teachers.get(skill)?.length ?? 0);
  return { validators, teachers, limit: pairs > MAX_SHARED_SKILL_PAIRS ? LINKS_PER_LIST : Number.POSITIVE_INFINITY };
}

/** Positions of the courses that prepare a project with these skills, in declaration order, at most `limit`. */
export function coursesFor(links: SkillLinks, skills: readonly string[]): number[] {
  return firstOfUnion(
    skills.map((skill) => links.teachers.get(skill) ?? []),
    links.limit,
  );
}

/** Positions of the projects a course with these skills prepares, in program order, at most `limit`. */
export function projectsFor(links: SkillLinks, skills: readonly string[]): number[] {
  return firstOfUnion(
    skills.map((skill) => links.validators.get(skill) ?? []),
    links.limit,
  );
}

function positionsBySkill(items: readonly { skills: readonly string[] }[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  items.forEach((item, position) => {
    for (const skill of new Set(item.skills)) {
      const list = positions.get(skill);
      if (list) list.push(position);
      else positions.set(skill, [position]);
    }
  });
  return positions;
}

/**
 * The `limit` smallest values of the union of ascending lists, ascending. They all sit among the
 * first `limit` values of each list, so only those are read: the work is at most lists x limit.
 */
function firstOfUnion(lists: readonly (readonly number[])[], limit: number): number[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length === 1) return (nonEmpty[0] as number[]).slice(0, limit);
  const union = new Set<number>();
  for (const list of nonEmpty) for (const value of list.slice(0, limit)) union.add(value);
  return [...union].sort((a, b) => a - b).slice(0, limit);
}
