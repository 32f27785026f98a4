// Repository settings from `curriculum.config.yaml`: limits and per-rule severity.
import { z } from 'zod';
import { RULE_CODES } from './registry.js';

export const RULE_SETTINGS = ['off', 'warning', 'error'] as const;

export const configSchema = z.strictObject({
  limits: z
    .strictObject({
      skills_per_project: z
        .strictObject({
          warn_above: z.int().positive().default(4).describe('More skills than this in one project is a warning.'),
          max: z.int().positive().default(5).describe('More skills than this in one project is an error.'),
        })
        .default({ warn_above: 4, max: 5 }),
      projects: z
        .strictObject({
          min: z.int().nonnegative().default(5),
          max: z.int().positive().default(15),
        })
        .default({ min: 5, max: 15 }),
    })
    .default({ skills_per_project: { warn_above: 4, max: 5 }, projects: { min: 5, max: 15 } }),
  /** Per-rule severity override, e.g. `orphan-course: off`. */
  rules: z.partialRecord(z.enum(RULE_CODES as [string, ...string[]]), z.enum(RULE_SETTINGS)).default({}),
});

export type CheckConfig = z.output<typeof configSchema>;

export const DEFAULT_CONFIG: CheckConfig = configSchema.parse({});
