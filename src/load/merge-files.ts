// Merges the files of one program folder into the lenient ProgramModel, remembering where
// each list item came from so merged data paths map back to a file.
import path from 'node:path';
import type { z } from 'zod';
import { certificateSchema, courseSchema, feedbackSchema, programSchema, projectSchema, skillSchema } from '../model/schema.js';
import { lenientItem } from './lenient-item.js';
import type { DataPath, Item, ProgramModel } from './types.js';

/** One parsed file: its display path and its data (a mapping; `{}` for an empty file). */
export interface FileData {
  file: string;
  data: Record<string, unknown>;
}

/** A program-level problem, located in one file by a path in that file's data. */
interface MergeProblem {
  file: string;
  /** `undefined`: the start of the file (line 1, column 1). */
  path: DataPath | undefined;
  target: 'key' | 'value';
  message: string;
}

export interface MergedFiles {
  model: ProgramModel;
  problems: MergeProblem[];
  /** The file and the path in its own data that a merged data path points at. */
  resolve(path: DataPath): { file: string; path: DataPath };
}

const LISTS = {
  skills: skillSchema,
  projects: projectSchema,
  courses: courseSchema,
  certificates: certificateSchema,
  feedback: feedbackSchema,
} as const;
type ListName = keyof typeof LISTS;

interface Origin {
  file: string;
  index: number;
}

/**
 * Concatenates `skills`, `projects`, `courses`, `certificates` and `feedback` in file order and takes `program` from the
 * one file that holds it. `programFile` is where a missing program is reported and where
 * `["program", ...]` points when no file holds one; `complete` is false when some file of
 * the folder could not be parsed (a missing program may be in it: not reported).
 */
export function mergeFiles(files: readonly FileData[], programFile: string, folder: string, complete: boolean): MergedFiles {
  const problems: MergeProblem[] = [];
  const origins: Record<ListName, Origin[]> = { skills: [], projects: [], courses: [], certificates: [], feedback: [] };
  const model: Required<ProgramModel> = { program: {}, skills: [], projects: [], courses: [], certificates: [], feedback: [] };
  for (const list of Object.keys(LISTS) as ListName[]) {
    for (const { file, data } of files) {
      const raw = data[list];
      if (!Array.isArray(raw)) continue;
      raw.forEach((item: unknown, index) => {
        origins[list].push({ file, index });
        const { value, valid } = lenientItem(LISTS[list] as z.ZodType, item);
        (model[list] as Item<unknown>[]).push({ value, valid, index: model[list].length });
      });
    }
  }

  const holders = files.filter((f) => Object.hasOwn(f.data, 'program'));
  const [first, ...others] = holders;
  if (first) {
    model.program = lenientItem(programSchema, first.data.program).value;
    const id = model.program.id;
    const subject = id === undefined ? 'A program' : `Program "${id}"`;
    const firstName = path.posix.basename(first.file);
    const message = `${subject} is already defined in "${firstName}"; exactly one file of a program folder holds "program".`;
    for (const other of others) problems.push({ file: other.file, path: ['program'], target: 'key', message });
  } else if (complete) {
    const message = `No file of program folder "${folder}" holds a "program" block.`;
    // The root node: the closest thing to a block that does not exist.
    problems.push({ file: programFile, path: [], target: 'value', message });
  }

  const resolve = (merged: DataPath): { file: string; path: DataPath } => {
    const [head, index, ...rest] = merged;
    if (head === 'program') return { file: first?.file ?? programFile, path: merged };
    if (typeof head !== 'string' || !Object.hasOwn(LISTS, head)) return { file: programFile, path: [] };
    const origin = typeof index === 'number' ? origins[head as ListName][index] : undefined;
    if (origin) return { file: origin.file, path: [head, origin.index, ...rest] };
    const holder = files.find((f) => Object.hasOwn(f.data, head));
    return holder ? { file: holder.file, path: [head] } : { file: programFile, path: [] };
  };
  return { model, problems, resolve };
}
