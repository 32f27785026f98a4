// `curriculum schema [kind]`: prints the JSON Schema of curriculum files, of the config file or of a knowledge map.
import { Argument, type Command } from 'commander';
import type { CommandRegistrar } from '../commands.js';

const KINDS = ['curriculum', 'config', 'map'] as const;

export const registerSchema: CommandRegistrar = (program: Command, io) => {
  program
    .command('schema')
    .description('Print the JSON Schema (draft-07) of curriculum files, the settings file or a knowledge map, for editors.')
    .addArgument(new Argument('[kind]', 'which file').choices(KINDS).default('curriculum'))
    .addHelpText(
      'after',
      '\nExamples:\n  curriculum schema > schema/curriculum.schema.json\n  curriculum schema config > schema/config.schema.json\n  curriculum schema map > schema/map.schema.json\n\nThen start each YAML file with:\n  # yaml-language-server: $schema=../../schema/curriculum.schema.json',
    )
    .action(async (kind: (typeof KINDS)[number]) => {
      const { toJsonSchema, curriculumJsonSchema } = await import('../../model/json-schema.js');
      if (kind === 'curriculum') io.stdout.write(curriculumJsonSchema());
      else if (kind === 'map') {
        const { mapFileSchema } = await import('../../model/map-schema.js');
        io.stdout.write(
          toJsonSchema(
            mapFileSchema,
            'map.yaml',
            'A knowledge map of curriculum: the concepts of a domain and the order to discover them.',
          ),
        );
      } else {
        const { configSchema } = await import('../../check/config.js');
        io.stdout.write(toJsonSchema(configSchema, 'curriculum.config.yaml', 'Repository settings of curriculum check.'));
      }
    });
};
