// The outline of one program as data: the single source of the Markdown, HTML and JSON outputs.
import type { MarketSummary } from '../market/market-coverage.js';
import type { Course, CourseStatus, Program } from '../model/schema.js';
import { estimateLearner, type LearnerEstimate } from '../timeline/estimate-learner.js';
import { type ProductionSchedule, scheduleProduction } from '../timeline/schedule-production.js';
import { buildCertificates, type OutlineCertificate } from './build-certificates.js';
import { indexFeedback, type OpenFeedback, type OutlineFeedback } from './build-feedback.js';
import { buildMatrix, type Matrix, type MatrixSummary } from './build-matrix.js';
import { type Footprint, measureFootprint, neededCourses } from './measure-footprint.js';
import { coursesFor, indexSkillLinks, projectsFor } from './skill-links.js';

/** Marks the files render writes: the `generator` field of JSON output. */
export const GENERATOR = 'curriculum render';

/** A short reference to a skill, project or course. */
export interface Ref {
  id: string;
  title: string;
}

interface OutlineSkill {
  id: string;
  name: string;
  /** Taxonomy URI as declared, or null. */
  ref: string | null;
  /** `ref` when it is an http(s) URL, to link to; else null. */
  href: string | null;
  /** Share (0..1) of the job's postings asking for the skill, or null when unknown. */
  market_share: number | null;
  validated_by: string[];
  taught_by: string[];
  /** Open and planned feedback about the skill. */
  open_feedback: OpenFeedback[];
}

interface OutlineProject {
  /** 1-based position in program order. */
  position: number;
  id: string;
  title: string;
  mission: string;
  skills: Ref[];
  /** Learner workload, in hours. */
  hours: number;
  requires: Ref[];
  /** Courses that teach one of the project's skills, in declaration order (the first 20 in a huge program, see `summary`). */
  courses: (Ref & { status: CourseStatus })[];
  /** Open and planned feedback about the project. */
  open_feedback: OpenFeedback[];
}

interface OutlineCourse {
  id: string;
  title: string;
  status: CourseStatus;
  skills: string[];
  /** Learner hours, or null when not given. */
  hours: number | null;
  /** Production months of a course to produce; null for existing and external courses. */
  months: number | null;
  /** The URL as declared, or null. */
  url: string | null;
  /** The URL to link to: only http(s) URLs, else null (never link a `javascript:` URL). */
  href: string | null;
  /** Months from the start of design; 0 for existing and external courses. */
  start_month: number;
  ready_month: number;
  /** Projects that validate one of its skills, in program order (the first 20 in a huge program, see `summary`). */
  prepares: string[];
  /** Open and planned feedback about the course. */
  open_feedback: OpenFeedback[];
}

/** What a huge program's outline leaves out (docs/render.md, "Huge programs"); null where nothing is. */
interface OutlineSummary {
  /** The matrix rows list `validated_by` instead of `cells`. */
  matrix: MatrixSummary | null;
  /** `projects[].courses` and `courses[].prepares` hold at most `limit` entries. */
  links: { limit: number } | null;
}

export interface Outline {
  generator: typeof GENERATOR;
  program: { id: string; title: string; job: string };
  timeline: { production: ProductionSchedule; learner: LearnerEstimate };
  skills: OutlineSkill[];
  projects: OutlineProject[];
  courses: { to_produce: OutlineCourse[]; existing: OutlineCourse[]; external: OutlineCourse[] };
  /** With market data configured: how much of the job's skill demand the projects validate, and the gaps. */
  market: MarketSummary | null;
  /** Skills x projects: `rows[i].cells[j]` is true when project j validates skill i (see `summary`). */
  matrix: Matrix;
  /** The pieces of the program a learner may take alone (docs/certificates.md). */
  certificates: OutlineCertificate[];
  /** Per learner: the video of the courses the projects need (docs/certificates.md, "Footprint"). */
  footprint: Footprint;
  /** Every feedback item, in declaration order (PRODUCT.md, "Continuous updates"). */
  feedback: OutlineFeedback[];
  /** Only in the outline of a huge program: what was summarised. */
  summary?: OutlineSummary;
}

export function buildOutline(program: Program, market: MarketSummary | null = null): Outline {
  const production = scheduleProduction(program);
  const links = indexSkillLinks(program);
  const feedback = indexFeedback(program);
  const skillName = new Map(program.skills.map((s) => [s.id, s.name]));
  const projectTitle = new Map(program.projects.map((p) => [p.id, p.title]));
  const scheduled = new Map(production.courses.map((c) => [c.id, c]));
  const skillRef = (id: string): Ref => ({ id, title: skillName.get(id) ?? id });
  const idsOf = (items: readonly { id: string }[], positions: readonly number[]) => positions.map((i) => (items[i] as { id: string }).id);
  const course = (c: Course): OutlineCourse => ({
    id: c.id,
    title: c.title,
    status: c.status,
    skills: c.skills,
    hours: c.hours ?? null,
    months: c.status === 'to-produce' ? (c.months ?? program.program.production.course_months) : null,
    url: c.url ?? null,
    href: safeHref(c.url),
    start_month: scheduled.get(c.id)?.start_month ?? 0,
    ready_month: scheduled.get(c.id)?.ready_month ?? 0,
    prepares: idsOf(program.projects, projectsFor(links, c.skills)),
    open_feedback: feedback.openAbout(c.id),
  });
  const courses = program.courses.map(course);
  const byStatus = (status: CourseStatus) => courses.filter((c) => c.status === status);
  const { matrix, summary: matrixSummary } = buildMatrix(program, links, skillRef);
  const linksSummary = Number.isFinite(links.limit) ? { limit: links.limit } : null;

  return {
    generator: GENERATOR,
    program: { id: program.program.id, title: program.program.title, job: program.program.job },
    timeline: { production, learner: estimateLearner(program) },
    market,
    skills: program.skills.map((s) => ({
      id: s.id,
      name: s.name,
      ref: s.ref ?? null,
      href: safeHref(s.ref),
      market_share: s.market_share ?? null,
      validated_by: idsOf(program.projects, links.validators.get(s.id) ?? []),
      taught_by: idsOf(program.courses, links.teachers.get(s.id) ?? []),
      open_feedback: feedback.openAbout(s.id),
    })),
    projects: program.projects.map((p, index) => ({
      position: index + 1,
      id: p.id,
      title: p.title,
      mission: p.mission,
      skills: p.skills.map(skillRef),
      hours: p.hours,
      requires: p.requires.map((id) => ({ id, title: projectTitle.get(id) ?? id })),
      courses: coursesFor(links, p.skills).map((i) => {
        const c = program.courses[i] as Course;
        return { id: c.id, title: c.title, status: c.status };
      }),
      open_feedback: feedback.openAbout(p.id),
    })),
    courses: { to_produce: byStatus('to-produce'), existing: byStatus('existing'), external: byStatus('external') },
    matrix,
    certificates: buildCertificates(program, production, links),
    footprint: measureFootprint(program, neededCourses(program, links)),
    feedback: feedback.items,
    ...(matrixSummary || linksSummary ? { summary: { matrix: matrixSummary, links: linksSummary } } : {}),
  };
}

/** The URL normalised for a link when it is http(s); null for anything else (`javascript:`, `data:`...). */
export function safeHref(url: string | undefined): string | null {
  if (url === undefined || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
