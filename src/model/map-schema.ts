// The knowledge map format (PRODUCT.md, "Knowledge maps"): a folder's `map.yaml`, the concepts
// of a domain and the order to discover them.
import { z } from 'zod';
import { ID_PATTERN } from './schema.js';

const id = z
  .string()
  .regex(ID_PATTERN, { error: 'must be lower-case kebab-case (a-z, 0-9 and single hyphens)' })
  .describe('Lower-case ASCII kebab-case identifier.');

/** A URL with a scheme (`https:`, `javascript:`, `mailto:`...), as opposed to `program-id/course-id`. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `program-id/course-id`: one slash between two non-empty parts; the ids are checked to exist by `unknown-reference`. */
export const COURSE_REF_PATTERN = /^[^/\s]+\/[^/\s]+$/;

/** An http(s) URL: the only links a page may carry (SECURITY.md). */
const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http or https URL' });

/**
 * A course of a concept: `program-id/course-id` of a program in the checked repository, an
 * http(s) URL, or `{ url, title }` to show a public resource under a readable title.
 */
const courseEntry = z.union([
  z.string().min(1).describe('"program-id/course-id" of a program in the checked repository, or an http(s) URL.'),
  z
    .strictObject({
      url: webUrl.describe('An http(s) URL.'),
      title: z.string().min(1).describe('The title shown for the link.'),
    })
    .describe('A public resource with the title to show.'),
]);

/** Whether a course given as text is `program-id/course-id` or an http(s) URL: a page links only those. */
function isCourseText(text: string): boolean {
  return HAS_SCHEME.test(text) ? webUrl.safeParse(text).success : COURSE_REF_PATTERN.test(text);
}

export const mapInfoSchema = z.strictObject({
  id: id.describe('Map id, unique in the repository.'),
  title: z.string().min(1),
});

export const conceptSchema = z
  .strictObject({
    id: id.describe('Concept id, unique in the map.'),
    name: z.string().min(1).describe('The name shown on the map.'),
    leads_to: z.array(z.string()).default([]).describe('The concepts to discover next (ids of this map).'),
    courses: z
      .array(courseEntry)
      .default([])
      .describe('The courses that teach it: "program-id/course-id", an http(s) URL, or { url, title }.'),
  })
  .superRefine((concept, ctx) => {
    concept.courses.forEach((course, index) => {
      if (typeof course !== 'string' || isCourseText(course)) return;
      const message = `Course "${course}" of concept "${concept.id}" must be "program-id/course-id" or an http or https URL.`;
      ctx.addIssue({ code: 'custom', path: ['courses', index], message });
    });
  });

/** `map.yaml`: one file per map folder. */
export const mapFileSchema = z.strictObject({
  map: mapInfoSchema,
  concepts: z.array(conceptSchema).default([]),
});

export type MapInfo = z.output<typeof mapInfoSchema>;
export type Concept = z.output<typeof conceptSchema>;
export type CourseEntry = Concept['courses'][number];

/** A whole map, valid. Concepts keep declaration order. */
export interface KnowledgeMap {
  map: MapInfo;
  concepts: Concept[];
}

/** The reference a course entry stands for: `program-id/course-id` or its URL. */
export function courseRef(entry: CourseEntry): string {
  return typeof entry === 'string' ? entry : entry.url;
}

/** True for `program-id/course-id`, false for a URL. */
export function isProgramCourse(ref: string): boolean {
  return !HAS_SCHEME.test(ref);
}
