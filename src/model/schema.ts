// The curriculum file format (PRODUCT.md, "Curriculum files"): the single source of its types.
import { z } from 'zod';
import { PROGRAM_DEFAULTS } from './defaults.js';

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const id = z
  .string()
  .regex(ID_PATTERN, { error: 'must be lower-case kebab-case (a-z, 0-9 and single hyphens)' })
  .describe('Lower-case ASCII kebab-case identifier.');

/** A reference to an id defined elsewhere: only checked to exist, by `unknown-reference`. */
const reference = z.string();

/**
 * The bounds of every number of a curriculum (docs/format.md, "Bounds"): wide enough for any real
 * program, narrow enough that timelines and charts stay finite and small.
 */
export const BOUNDS = {
  /** Months of design, of a course's production: more than 0, at most ten years. */
  months: 120,
  /** Teams producing courses in parallel: a whole number from 1. */
  teams: 1000,
  /** Learner pace: from 1 hour a week to every hour of the week. */
  hours_per_week: { min: 1, max: 168 },
  /** Learner hours of one project or course: more than 0. */
  hours: 10_000,
  /** kg CO2e per video hour: more than 0, at most 10, far above any estimate published since 2020 (docs/certificates.md). */
  kg_co2e_per_video_hour: 10,
} as const;

/** A whole number; `abort` stops at "not whole", so 1e308 gets one message, not also "too big". */
const wholeNumber = z.int({ abort: true });
const months = z.number().positive().max(BOUNDS.months);
const hours = z.number().positive().max(BOUNDS.hours);

const productionSchema = z.strictObject({
  design_months: months.default(PROGRAM_DEFAULTS.production.design_months).describe('Months of design (method steps 1-3).'),
  course_months: months.default(PROGRAM_DEFAULTS.production.course_months).describe('Default production time of one course, in months.'),
  teams: wholeNumber.min(1).max(BOUNDS.teams).default(PROGRAM_DEFAULTS.production.teams).describe('Courses produced in parallel.'),
});

const footprintSchema = z.strictObject({
  kg_co2e_per_video_hour: z
    .number()
    .positive()
    .max(BOUNDS.kg_co2e_per_video_hour)
    .default(PROGRAM_DEFAULTS.footprint.kg_co2e_per_video_hour)
    .describe('kg CO2e emitted per hour of video a learner streams.'),
});

export const programSchema = z.strictObject({
  id: id.describe('Program id, unique in the repository.'),
  title: z.string().min(1),
  job: z.string().min(1).describe('The career, as named in market data.'),
  hours_per_week: z
    .number()
    .min(BOUNDS.hours_per_week.min)
    .max(BOUNDS.hours_per_week.max)
    .default(PROGRAM_DEFAULTS.hours_per_week)
    .describe('Learner pace, in hours per week.'),
  production: productionSchema.default({ ...PROGRAM_DEFAULTS.production }),
  footprint: footprintSchema.default({ ...PROGRAM_DEFAULTS.footprint }),
});

export const skillSchema = z.strictObject({
  id,
  name: z.string().min(1),
  ref: z.url().optional().describe('Taxonomy URI (ESCO, O*NET, ROME...).'),
  market_share: z.number().min(0).max(1).optional().describe("Share of the job's postings asking for it."),
});

export const projectSchema = z.strictObject({
  id,
  title: z.string().min(1),
  mission: z.string().min(1).describe('The real mission of the job that the project imitates.'),
  skills: z.array(reference).default([]).describe('The skills it validates: 1 to 4 (5 tolerated).'),
  hours: hours.describe('Learner workload estimate, in hours.'),
  requires: z.array(reference).default([]).describe('Projects that must come first.'),
});

const COURSE_STATUSES = ['to-produce', 'existing', 'external'] as const;

export const courseSchema = z
  .strictObject({
    id,
    title: z.string().min(1),
    skills: z.array(reference).default([]).describe('The skills it teaches.'),
    status: z.enum(COURSE_STATUSES).default('to-produce'),
    months: months.optional().describe('Production time in months; overrides course_months.'),
    hours: hours.optional().describe('Learner hours.'),
    video_hours: z.number().min(0).max(BOUNDS.hours).optional().describe('Hours of video a learner streams, for the footprint.'),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Required for external courses.'),
  })
  .superRefine((course, ctx) => {
    if (course.status === 'external' && course.url === undefined) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: `Course "${course.id}" is external and needs a "url".` });
    }
  });

export const certificateSchema = z.strictObject({
  id,
  title: z.string().min(1),
  projects: z.array(reference).default([]).describe('The projects it certifies: 1 or 2 projects of the program.'),
});

/** Who gave a feedback item (PRODUCT.md, "Continuous updates"). */
const FEEDBACK_SOURCES = ['jury', 'recruiter', 'mentor', 'evaluator', 'student', 'expert'] as const;

/** Where a feedback item stands: `open` and `planned` still wait for a change; `done` and `declined` are closed. */
const FEEDBACK_STATUSES = ['open', 'planned', 'done', 'declined'] as const;

/** A day as `YYYY-MM-DD`, written unquoted in YAML (the `yaml` library reads it as text). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day written YYYY-MM-DD, such as 2026-06-12', abort: true })
  .refine(isCalendarDay, { error: (issue) => `Day "${String(issue.input)}" does not exist in the calendar.` });

/** `2026-02-30` matches the pattern but is no day: the date it names must print back as itself. */
function isCalendarDay(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

export const feedbackSchema = z
  .strictObject({
    id,
    date: day.describe('The day the feedback was given, YYYY-MM-DD.'),
    from: z.enum(FEEDBACK_SOURCES).describe('Who gave it.'),
    about: z.array(reference).default([]).describe('Ids of the projects, skills or courses it is about; empty for the whole program.'),
    text: z.string().min(1).describe('The feedback, in the words of the person who gave it.'),
    status: z.enum(FEEDBACK_STATUSES).default('open'),
    resolution: z.string().min(1).optional().describe('What was changed, or why not: required for done and declined.'),
  })
  .superRefine((item, ctx) => {
    if ((item.status === 'done' || item.status === 'declined') && item.resolution === undefined) {
      const why = item.status === 'done' ? 'what was changed' : 'why it was declined';
      ctx.addIssue({
        code: 'custom',
        path: ['resolution'],
        message: `Feedback item "${item.id}" is ${item.status} and needs a "resolution": ${why}.`,
      });
    }
  });

/** One YAML file of a program folder: lists are merged across the folder's files. */
export const curriculumFileSchema = z.strictObject({
  program: programSchema.optional(),
  skills: z.array(skillSchema).optional(),
  projects: z.array(projectSchema).optional(),
  courses: z.array(courseSchema).optional(),
  certificates: z.array(certificateSchema).optional(),
  feedback: z.array(feedbackSchema).optional().describe('Feedback from juries, recruiters, mentors, evaluators, students and experts.'),
});

export type ProgramInfo = z.output<typeof programSchema>;
export type Skill = z.output<typeof skillSchema>;
export type Project = z.output<typeof projectSchema>;
export type Course = z.output<typeof courseSchema>;
export type Certificate = z.output<typeof certificateSchema>;
export type CourseStatus = (typeof COURSE_STATUSES)[number];
export type Feedback = z.output<typeof feedbackSchema>;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** A whole program, its files merged. Lists keep declaration order (files by name, then items). */
export interface Program {
  program: ProgramInfo;
  skills: Skill[];
  projects: Project[];
  courses: Course[];
  certificates: Certificate[];
  /** Always set by the loader; optional so that a program built by hand need not name it. */
  feedback?: Feedback[];
}
