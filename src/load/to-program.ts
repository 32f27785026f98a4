// The strict Program, for callers that only use programs with no errors (render).
import type { z } from 'zod';
import { courseSchema, type Program, programSchema, projectSchema, skillSchema } from '../model/schema.js';
import type { Item, ProgramModel } from './types.js';

/**
 * Rebuilds the strict Program from a lenient model. Throws an internal error when the model
 * is incomplete: callers check the diagnostics first, and `schema` cannot be turned off.
 */
export function toProgram(model: ProgramModel): Program {
  const program = programSchema.safeParse(model.program);
  if (!program.success) throw new Error('Cannot build the program: its "program" block is incomplete or invalid.');
  return {
    program: program.data,
    skills: strictItems('skill', skillSchema, model.skills),
    projects: strictItems('project', projectSchema, model.projects),
    courses: strictItems('course', courseSchema, model.courses),
  };
}

function strictItems<S extends z.ZodType>(noun: string, schema: S, items: readonly Item<unknown>[]): z.output<S>[] {
  return items.map((item) => {
    const result = item.valid ? schema.safeParse(item.value) : undefined;
    if (!result?.success) throw new Error(`Cannot build the program: ${noun} ${item.index + 1} is invalid.`);
    return result.data;
  });
}
