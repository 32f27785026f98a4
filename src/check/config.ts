// Repository settings from `curriculum.config.yaml`: limits and per-rule severity.
import { z } from 'zod';
import { LIMIT_DEFAULTS, MARKET_DEFAULTS } from '../model/defaults.js';
import { RULE_CODES } from './registry.js';

/** Rules a config may turn off or re-grade: every rule but those that say a file cannot be read. */
const ADJUSTABLE_RULES = RULE_CODES.filter((code) => code !== 'yaml-syntax' && code !== 'schema');

const RULE_SETTINGS = ['off', 'warning', 'error'] as const;

/** The largest count a limit may name (docs/format.md, "Bounds"): far above any real program. */
const MAX_LIMIT = 1000;

/** `abort` stops at "not whole", so 1e308 gets one message, not also "too big". */
const count = (min: number) => z.int({ abort: true }).min(min).max(MAX_LIMIT);

export const configSchema = z.strictObject({
  limits: z
    .strictObject({
      skills_per_project: z
        .strictObject({
          warn_above: count(1)
            .default(LIMIT_DEFAULTS.skills_per_project.warn_above)
            .describe('More skills than this in one project is a warning.'),
          max: count(1).default(LIMIT_DEFAULTS.skills_per_project.max).describe('More skills than this in one project is an error.'),
        })
        .default({ ...LIMIT_DEFAULTS.skills_per_project }),
      projects: z
        .strictObject({
          min: count(0).default(LIMIT_DEFAULTS.projects.min),
          max: count(1).default(LIMIT_DEFAULTS.projects.max),
        })
        .superRefine(({ min, max }, context) => {
          if (min > max)
            context.addIssue({
              code: 'custom',
              path: ['max'],
              message: `Field "limits.projects.max" (${max}) must not be below "limits.projects.min" (${min})`,
            });
        })
        .default({ ...LIMIT_DEFAULTS.projects }),
    })
    .default({ skills_per_project: { ...LIMIT_DEFAULTS.skills_per_project }, projects: { ...LIMIT_DEFAULTS.projects } }),
  market: z
    .strictObject({
      files: z.array(z.string().min(1)).min(1).describe('Job-posting exports, relative to this file.'),
      threshold: z
        .number()
        .min(0)
        .max(1)
        .default(MARKET_DEFAULTS.threshold)
        .describe('Share of postings from which an unvalidated skill is a market-gap.'),
      aliases: z.string().optional().describe('Alias file mapping title and skill variants, relative to this file.'),
      title_column: z.string().optional(),
      skills_column: z.string().optional(),
      company_column: z.string().optional(),
      date_column: z.string().optional(),
      count_column: z.string().optional(),
      count_table: z
        .boolean()
        .optional()
        .describe(
          'The files are count tables read with count_column: rows of skills and of companies count those, not postings (docs/scale.md).',
        ),
      description_column: z.string().optional(),
      vocabulary: z.string().optional().describe('Skills vocabulary file, relative to this file.'),
      skills_file: z.string().optional().describe('Side table of skills, relative to this file.'),
      join_column: z.string().optional(),
      delimiter: z.string().optional(),
      taxonomy: z
        .string()
        .optional()
        .describe('auto (default), onet, rome, none, or a CSV taxonomy file title,code,label relative to this file.'),
      level: z.string().optional().describe('Taxonomy level: soc, onet, minor, major (O*NET); rome, fiche, domain, family (ROME).'),
      occupation_map: z.string().optional().describe('YAML file mapping normalised titles to codes, relative to this file.'),
      exclude_skills: z
        .union([z.array(z.string()), z.string()])
        .optional()
        .describe('Skills never counted: a list, or a file with one skill per line relative to this file.'),
      max_skipped: z
        .number()
        .min(0)
        .max(1)
        .optional()
        .describe("Share of a file's records that may be unreadable before reading stops (default 0.05)."),
      encoding: z.string().optional(),
    })
    .optional()
    .describe('Market data that `check` measures programs against (rule market-gap, market coverage).'),
  /** Per-rule severity override, e.g. `orphan-course: off`. */
  // An object of optional keys, not a record: zod's records skip a `__proto__` key silently,
  // a strict object reports it as unknown like any misspelt rule.
  rules: z
    .strictObject(Object.fromEntries(ADJUSTABLE_RULES.map((code) => [code, z.enum(RULE_SETTINGS).optional()])))
    .default({})
    .describe('Severity per rule: off, warning or error. yaml-syntax and schema cannot be changed: nothing can be checked past them.'),
});

export type CheckConfig = z.output<typeof configSchema>;

export const DEFAULT_CONFIG: CheckConfig = configSchema.parse({});
