// The carbon footprint of the video a learner streams (docs/certificates.md, "Footprint").
import type { Course, Program } from '../model/schema.js';
import { cleanNumber } from '../timeline/clean-number.js';
import type { SkillLinks } from './skill-links.js';

/** Per learner: the video hours of the courses counted, each course once, and their emissions. */
export interface Footprint {
  /** Hours of video; a course without `video_hours` counts 0. */
  video_hours: number;
  /** kg CO2e per hour of video: `program.footprint.kg_co2e_per_video_hour`, or its default. */
  kg_co2e_per_video_hour: number;
  /** `video_hours × kg_co2e_per_video_hour`, in kg CO2e. */
  kg_co2e: number;
}

export function measureFootprint(program: Program, courses: readonly Course[]): Footprint {
  const factor = program.program.footprint.kg_co2e_per_video_hour;
  let hours = 0;
  for (const course of courses) hours += course.video_hours ?? 0;
  const video_hours = cleanNumber(hours);
  return { video_hours, kg_co2e_per_video_hour: factor, kg_co2e: cleanNumber(video_hours * factor) };
}

/** The courses the program's projects need: those teaching a skill some project validates, in declaration order. */
export function neededCourses(program: Program, links: SkillLinks): Course[] {
  return program.courses.filter((course) => course.skills.some((skill) => links.validators.has(skill)));
}
