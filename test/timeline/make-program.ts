// Builds a `Program` with the schema's defaults from a compact description, for timeline tables.
import { PROGRAM_DEFAULTS } from '../../src/model/defaults.js';
import type { Course, Program, Project } from '../../src/model/schema.js';

export interface ProgramSketch {
  design_months?: number;
  course_months?: number;
  teams?: number;
  hours_per_week?: number;
  projects?: { id: string; skills: string[]; hours?: number }[];
  courses?: (Partial<Course> & { id: string; skills: string[] })[];
}

export function makeProgram(sketch: ProgramSketch): Program {
  const projects: Project[] = (sketch.projects ?? []).map((p) => ({
    title: p.id,
    mission: `Mission of ${p.id}.`,
    hours: p.hours ?? 10,
    requires: [],
    ...p,
  }));
  const courses: Course[] = (sketch.courses ?? []).map((c) => ({ title: c.id, status: 'to-produce', ...c }));
  const skills = [...new Set([...projects, ...courses].flatMap((x) => x.skills))].map((id) => ({ id, name: id }));
  return {
    program: {
      id: 'sketch',
      title: 'Sketch',
      job: 'sketcher',
      hours_per_week: sketch.hours_per_week ?? 15,
      production: {
        design_months: sketch.design_months ?? 3,
        course_months: sketch.course_months ?? 5,
        teams: sketch.teams ?? 4,
      },
      footprint: { ...PROGRAM_DEFAULTS.footprint },
    },
    skills,
    projects,
    courses,
    certificates: [],
  };
}

/** `n` courses `c1..cn`, each teaching skill `s<i>` of project `p<i>`. */
export function chain(n: number): Pick<ProgramSketch, 'projects' | 'courses'> {
  const ids = Array.from({ length: n }, (_, i) => i + 1);
  return {
    projects: ids.map((i) => ({ id: `p${i}`, skills: [`s${i}`] })),
    courses: ids.map((i) => ({ id: `c${i}`, skills: [`s${i}`] })),
  };
}
