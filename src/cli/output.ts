// Where a command's single output goes: stdout, or the file named by `--out`.
import path from 'node:path';
import { UserError } from '../errors/user-error.js';
import { assertWritable, type WriteOptions, writeOutput } from '../files/write-output.js';
import type { Io } from './io.js';
import { assertPath } from './path-argument.js';

export type Output = { kind: 'stdout' } | { kind: 'file'; path: string; options: WriteOptions };

/**
 * The output `value` names (relative to `cwd`): stdout without one, or for `/dev/stdout`
 * (which cannot be opened when stdout is a socket, as under Node's child processes). A name
 * ending in a separator names a folder, not a file, and is refused.
 */
export function outputOf(value: string | undefined, cwd: string, options: Omit<WriteOptions, 'shownAs'>): Output {
  if (value === undefined || value === '/dev/stdout') return { kind: 'stdout' };
  assertPath(value, '--out', 'give a file name');
  if (/[\\/]$/.test(value)) throw new UserError(`Output "${value}" names a folder (it ends with "${value.slice(-1)}"); give a file name.`);
  return { kind: 'file', path: path.resolve(cwd, value), options: { ...options, shownAs: value } };
}

/** Fails early, before any work, when the output file may not be written. */
export async function assertOutputWritable(output: Output): Promise<void> {
  if (output.kind === 'file') await assertWritable(output.path, output.options);
}

export async function writeResult(output: Output, text: string, io: Io): Promise<void> {
  if (output.kind === 'stdout') io.stdout.write(text);
  else await writeOutput(output.path, text, output.options);
}
