// Each certificate of a program as data (docs/certificates.md): a piece of the program, one or two
// projects, with what a learner taking only that piece studies, when it can open, and its footprint.
import type { Course, CourseStatus, Program, Project } from '../model/schema.js';
import { cleanNumber } from '../timeline/clean-number.js';
import type { ProductionSchedule } from '../timeline/schedule-production.js';
import type { Ref } from './build-outline.js';
import { type Footprint, measureFootprint } from './measure-footprint.js';
import type { SkillLinks } from './skill-links.js';

export interface OutlineCertificate {
  id: string;
  title: string;
  /** As listed, each once. */
  projects: Ref[];
  /** The skills its projects validate, in the order they name them, each once. */
  skills: Ref[];
  /** Learner hours: its projects' hours plus its courses' hours, where given (every course, listed or not). */
  hours: number;
  /** `ceil(hours / hours_per_week)`. */
  weeks: number;
  /** The courses that teach one of its skills, in declaration order (the first 20 in a huge program, see `Outline.summary`). */
  courses: (Ref & { status: CourseStatus })[];
  /** Months from the start of design: when all of its courses are ready, and never before design ends. */
  open_month: number;
  /** Per learner, from the video hours of its courses. */
  footprint: Footprint;
}

export function buildCertificates(program: Program, production: ProductionSchedule, links: SkillLinks): OutlineCertificate[] {
  const projects = new Map<string, Project>();
  for (const project of program.projects) if (!projects.has(project.id)) projects.set(project.id, project);
  const skillName = new Map(program.skills.map((skill) => [skill.id, skill.name]));
  const ready = new Map(production.courses.map((course) => [course.id, course.ready_month]));
  const { hours_per_week } = program.program;

  return program.certificates.map((certificate) => {
    const members = [...new Set(certificate.projects)];
    const skills = [...new Set(members.flatMap((id) => projects.get(id)?.skills ?? []))];
    const positions = [...new Set(skills.flatMap((skill) => links.teachers.get(skill) ?? []))].sort((a, b) => a - b);
    const courses = positions.map((position) => program.courses[position] as Course);
    let hours = 0;
    for (const id of members) hours += projects.get(id)?.hours ?? 0;
    for (const course of courses) hours += course.hours ?? 0;
    hours = cleanNumber(hours);
    return {
      id: certificate.id,
      title: certificate.title,
      projects: members.map((id) => ({ id, title: projects.get(id)?.title ?? id })),
      skills: skills.map((id) => ({ id, title: skillName.get(id) ?? id })),
      hours,
      weeks: Math.ceil(cleanNumber(hours / hours_per_week)),
      courses: courses.slice(0, links.limit).map((course) => ({ id: course.id, title: course.title, status: course.status })),
      open_month: courses.reduce((month, course) => Math.max(month, ready.get(course.id) ?? 0), production.design_months),
      footprint: measureFootprint(program, courses),
    };
  });
}
