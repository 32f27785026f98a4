// `curriculum schema [kind]`: prints the JSON Schema of curriculum files or of the config file.
import { Argument, type Command } from 'commander';
import type { CommandRegistrar } from '../commands.js';

const KINDS = ['curriculum', 'config'] as const;

export const registerSchema: CommandRegistrar = (program: Command, io) => {
  program
    .command('schema')
    .description('Print the JSON Schema (draft-07) of curriculum files, for editors.')
    .addArgument(new Argument('[kind]', 'which file').choices(KINDS).default('curriculum'))
    .addHelpText(
      'after',
      '\nExamples:\n  curriculum schema > schema/curriculum.schema.json\n  curriculum schema config > schema/config.schema.json\n\nThen start each YAML file with:\n  # yaml-language-server: $schema=../../schema/curriculum.schema.json',
    )
    .action(async (kind: (typeof KINDS)[number]) => {
      const { toJsonSchema, curriculumJsonSchema } = await import('../../model/json-schema.js');
      if (kind === 'curriculum') io.stdout.write(curriculumJsonSchema());
      else {
        const { configSchema } = await import('../../check/config.js');
        io.stdout.write(toJsonSchema(configSchema, 'curriculum.config.yaml', 'Repository settings of curriculum check.'));
      }
    });
};
