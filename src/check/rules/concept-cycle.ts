import { cycleFindings, firstNodes } from '../find-cycles.js';
import type { Rule } from '../rule.js';

export const conceptCycle: Rule = {
  code: 'concept-cycle',
  severity: 'error',
  description: 'Concepts of a knowledge map whose `leads_to` form a cycle (each concept in it is reported).',
  docs: {
    why: 'A map gives the order to discover a field: in a cycle, no concept comes first, and the map cannot be laid out in steps.',
    bad: 'concepts:\n  - id: java\n    leads_to: [jee]\n  - id: jee\n    leads_to: [java]',
    good: 'concepts:\n  - id: java\n    leads_to: [jee]\n  - id: jee\n    leads_to: [struts]',
  },
  checkMap({ map }) {
    const concepts = firstNodes(
      map.concepts,
      (concept) => concept.id,
      (concept) => concept.leads_to,
    );
    return cycleFindings(
      concepts,
      { list: 'concepts', field: 'leads_to', tangle: 'lead to each other' },
      (id, description) => `Concept "${id}" is part of a cycle: ${description}.`,
    );
  },
};
