// `curriculum schema [kind]`: prints the JSON Schema of curriculum files, of the config file or of a knowledge map.
import { Argument, type Command } from 'commander';
import type { CommandRegistrar } from '../commands.js';
import type { SchemaFlags, SchemaKind } from './run-schema.js';

const KINDS = ['curriculum', 'config', 'map'] as const;

export const registerSchema: CommandRegistrar = (program: Command, io, setExitCode) => {
  program
    .command('schema')
    .description('Print the JSON Schema (draft-07) of curriculum files, the settings file or a knowledge map, for editors.')
    .addArgument(new Argument('[kind]', 'which file').choices(KINDS).default('curriculum'))
    .option('-o, --out <file>', 'write the schema to this file (atomically) instead of stdout')
    .option('--force', 'overwrite an --out file that curriculum schema did not write')
    .addHelpText(
      'after',
      '\nExamples:\n  curriculum schema --out schema/curriculum.schema.json\n  curriculum schema config > schema/config.schema.json\n  curriculum schema map -o schema/map.schema.json\n\nThen start each YAML file with:\n  # yaml-language-server: $schema=../../schema/curriculum.schema.json',
    )
    .action(async (kind: SchemaKind, flags: SchemaFlags) => {
      const { runSchema } = await import('./run-schema.js');
      setExitCode(await runSchema(kind, flags, io));
    });
};
