// The body of `schema`, loaded only when the command runs: the JSON Schema of one kind of file,
// on stdout or written to --out.
import type { FileSample } from '../../files/write-output.js';
import type { Io } from '../io.js';
import { assertOutputWritable, outputOf, writeResult } from '../output.js';

export type SchemaKind = 'curriculum' | 'config' | 'map';

export interface SchemaFlags {
  out?: string;
  force?: boolean;
}

export async function runSchema(kind: SchemaKind, flags: SchemaFlags, io: Io): Promise<number> {
  const output = outputOf(flags.out, io.cwd, { force: flags.force === true, isOwnFile: looksLikeSchema, owner: 'curriculum schema' });
  await assertOutputWritable(output);
  await writeResult(output, await schemaText(kind), io);
  return 0;
}

async function schemaText(kind: SchemaKind): Promise<string> {
  const { toJsonSchema, curriculumJsonSchema } = await import('../../model/json-schema.js');
  if (kind === 'curriculum') return curriculumJsonSchema();
  if (kind === 'map') {
    const { mapFileSchema } = await import('../../model/map-schema.js');
    return toJsonSchema(
      mapFileSchema,
      'map.yaml',
      'A knowledge map of curriculum: the concepts of a domain and the order to discover them.',
    );
  }
  const { configSchema } = await import('../../check/config.js');
  return toJsonSchema(configSchema, 'curriculum.config.yaml', 'Repository settings of curriculum check.');
}

/** A schema an earlier `schema --out` wrote (of any kind) may be replaced without --force, as after an upgrade. */
function looksLikeSchema({ head, tail }: FileSample): boolean {
  return (
    head.startsWith('{\n  "$schema": "http://json-schema.org/draft-07/schema#",\n') &&
    /\n {2}"title": "(curriculum file|curriculum\.config\.yaml|map\.yaml)",\n {2}"description": "[^"\n]*"\n\}\n$/.test(tail)
  );
}
