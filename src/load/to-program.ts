// The strict Program, for callers that only use programs with no errors (render) or that need
// every field of a program to be sound (the timeline rules).
import type { z } from 'zod';
import {
  certificateSchema,
  courseSchema,
  feedbackSchema,
  type Program,
  programSchema,
  projectSchema,
  skillSchema,
} from '../model/schema.js';
import type { Item, ProgramModel } from './types.js';

/**
 * Rebuilds the strict Program from a lenient model. Throws an internal error when the model
 * is incomplete: callers check the diagnostics first, and `schema` cannot be turned off.
 */
export function toProgram(model: ProgramModel): Program {
  const program = readProgram(model);
  if (program.ok) return program.value;
  throw new Error(`Cannot build the program: ${program.fault}.`);
}

/** The strict Program, or what keeps the model from being one (already a `schema` diagnostic). */
export function readProgram(model: ProgramModel): { ok: true; value: Program } | { ok: false; fault: string } {
  const program = programSchema.safeParse(model.program);
  if (!program.success) return { ok: false, fault: 'its "program" block is incomplete or invalid' };
  const skills = strictItems('skill', skillSchema, model.skills);
  if (typeof skills === 'string') return { ok: false, fault: skills };
  const projects = strictItems('project', projectSchema, model.projects);
  if (typeof projects === 'string') return { ok: false, fault: projects };
  const courses = strictItems('course', courseSchema, model.courses);
  if (typeof courses === 'string') return { ok: false, fault: courses };
  const certificates = strictItems('certificate', certificateSchema, model.certificates);
  if (typeof certificates === 'string') return { ok: false, fault: certificates };
  const feedback = strictItems('feedback item', feedbackSchema, model.feedback ?? []);
  if (typeof feedback === 'string') return { ok: false, fault: feedback };
  return { ok: true, value: { program: program.data, skills, projects, courses, certificates, feedback } };
}

/** The items, strict; or which one is invalid. */
function strictItems<S extends z.ZodType>(noun: string, schema: S, items: readonly Item<unknown>[]): z.output<S>[] | string {
  const strict: z.output<S>[] = [];
  for (const item of items) {
    const result = item.valid ? schema.safeParse(item.value) : undefined;
    if (!result?.success) return `${noun} ${item.index + 1} is invalid`;
    strict.push(result.data);
  }
  return strict;
}
