// unknown-reference in a knowledge map: `leads_to` naming no concept of the map, `courses`
// naming no course of the repository's programs.
import { closestWordFinder } from '../../load/closest-word.js';
import type { MapModel } from '../../load/types.js';
import { type CourseIndex, indexedPrograms, programOf } from '../../maps/course-index.js';
import { COURSE_REF_PATTERN, courseRef, isProgramCourse } from '../../model/map-schema.js';
import type { Finding } from '../rule.js';

export function checkMapReferences({ map, courses }: { map: MapModel; courses: CourseIndex }): Finding[] {
  const concepts = new Set(map.concepts.flatMap((concept) => (typeof concept.value.id === 'string' ? [concept.value.id] : [])));
  const closestConcept = closestWordFinder([...concepts]);
  const programs = indexedPrograms(courses);
  const closestProgram = closestWordFinder([...programs]);
  const closestCourse = courseHints(courses);
  const findings: Finding[] = [];
  for (const { value, index } of map.concepts) {
    const owner = `Concept "${value.id ?? index + 1}"`;
    (value.leads_to ?? []).forEach((target, position) => {
      if (concepts.has(target)) return;
      const message = `${owner} leads to unknown concept "${target}"${didYouMean(closestConcept(target))}`;
      findings.push({ path: ['concepts', index, 'leads_to', position], message });
    });
    (value.courses ?? []).forEach((entry, position) => {
      const ref = courseRef(entry);
      // Anything else is a URL, or not a reference at all (a `schema` error).
      if (!isProgramCourse(ref) || !COURSE_REF_PATTERN.test(ref) || courses.has(ref)) return;
      const program = programOf(ref);
      const course = ref.slice(program.length + 1);
      const message = programs.has(program)
        ? `${owner} names unknown course "${course}" of program "${program}"${didYouMean(closestCourse(program, course))}`
        : `${owner} names course "${ref}" of unknown program "${program}"${didYouMean(closestProgram(program))}`;
      findings.push({ path: ['concepts', index, 'courses', position], message });
    });
  }
  return findings;
}

/** Hints among the courses of one program, a finder per program built when first needed. */
function courseHints(courses: CourseIndex): (program: string, course: string) => string | undefined {
  const finders = new Map<string, (word: string) => string | undefined>();
  return (program, course) => {
    let finder = finders.get(program);
    if (!finder) {
      const ids = [...courses.keys()].filter((key) => programOf(key) === program).map((key) => key.slice(program.length + 1));
      finder = closestWordFinder(ids);
      finders.set(program, finder);
    }
    return finder(course);
  };
}

function didYouMean(match: string | undefined): string {
  return match === undefined ? '.' : `; did you mean "${match}"?`;
}
