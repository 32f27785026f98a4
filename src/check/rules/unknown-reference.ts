import { closestWordFinder } from '../../load/closest-word.js';
import type { DataPath, ProgramModel } from '../../load/types.js';
import { definedIds } from '../coverage.js';
import type { Finding, Rule } from '../rule.js';
import { checkMapReferences } from './map-references.js';

export const unknownReference: Rule = {
  code: 'unknown-reference',
  severity: 'error',
  description:
    'A project or course naming a skill, a `requires` or a certificate naming a project, or a feedback item `about` an item, that does not exist; in a knowledge map, a `leads_to` or a course that does not exist.',
  docs: {
    why: 'A reference to a missing skill or project is usually a typo or a rename that was not carried through. A feedback item is `about` projects, skills or courses of its program.',
    bad: 'projects:\n  - id: sales-dashboard\n    skills: [sqll]',
    good: 'projects:\n  - id: sales-dashboard\n    skills: [sql]',
  },
  check({ model }) {
    const skills = definedIds(model.skills);
    const projects = definedIds(model.projects);
    const findings: Finding[] = [];
    /** Each reference of `references` that `known` lacks, at `[...path, position]`. */
    const checkReferences = (
      references: readonly string[],
      known: Set<string>,
      path: DataPath,
      describe: (reference: string) => string,
    ) => {
      references.forEach((reference, position) => {
        if (!known.has(reference)) findings.push({ path: [...path, position], message: describe(reference) });
      });
    };
    const checkList = (list: 'projects' | 'courses', field: 'skills' | 'requires', known: Set<string>) => {
      const closest = closestWordFinder([...known]);
      for (const item of model[list]) {
        const owner = `${list === 'projects' ? 'Project' : 'Course'} "${item.value.id ?? item.index + 1}"`;
        const noun = field === 'skills' ? 'skill' : 'project';
        const references = (item.value as { skills?: string[]; requires?: string[] })[field] ?? [];
        checkReferences(references, known, [list, item.index, field], (reference) => {
          return `${owner} names unknown ${noun} "${reference}"${didYouMean(closest(reference))}`;
        });
      }
    };
    checkList('projects', 'skills', skills);
    checkList('projects', 'requires', projects);
    checkList('courses', 'skills', skills);
    findings.push(...unknownCertificateProjects(model, projects));
    const items = new Set([...skills, ...projects, ...definedIds(model.courses)]);
    const closestItem = closestWordFinder([...items]);
    for (const item of model.feedback ?? []) {
      const owner = `Feedback item "${item.value.id ?? item.index + 1}"`;
      checkReferences(item.value.about ?? [], items, ['feedback', item.index, 'about'], (reference) => {
        return `${owner} is about "${reference}", which is no skill, project or course of the program${didYouMean(closestItem(reference))}`;
      });
    }
    return findings;
  },
  checkMap: checkMapReferences,
};

/** A certificate's `projects` naming a project the program does not have. */
function unknownCertificateProjects(model: ProgramModel, projects: Set<string>): Finding[] {
  const closest = closestWordFinder([...projects]);
  return model.certificates.flatMap((certificate) =>
    (certificate.value.projects ?? []).flatMap((reference, position) =>
      projects.has(reference)
        ? []
        : [
            {
              path: ['certificates', certificate.index, 'projects', position],
              message: `Certificate "${certificate.value.id ?? certificate.index + 1}" names unknown project "${reference}"${didYouMean(closest(reference))}`,
            },
          ],
    ),
  );
}

function didYouMean(match: string | undefined): string {
  return match === undefined ? '.' : `; did you mean "${match}"?`;
}
