import { buildConceptGraph, reachableFromEntries } from '../../maps/concept-graph.js';
import type { Rule } from '../rule.js';

export const conceptUnreachable: Rule = {
  code: 'concept-unreachable',
  severity: 'warning',
  description: 'A concept of a knowledge map that no path reaches from an entry point (a concept that nothing leads to).',
  docs: {
    why: 'A beginner starts at an entry point and follows `leads_to`: a concept that only a cycle leads to is never met that way.',
    bad: 'concepts:\n  - id: web-development\n    leads_to: [java]\n  - id: java\n  - id: jee\n    leads_to: [struts]\n  - id: struts\n    leads_to: [jee]',
    good: 'concepts:\n  - id: web-development\n    leads_to: [java]\n  - id: java\n    leads_to: [jee]\n  - id: jee\n    leads_to: [struts]\n  - id: struts',
  },
  checkMap({ map }) {
    if (map.concepts.some((concept) => concept.value.leads_to === undefined)) return [];
    const reached = reachableFromEntries(buildConceptGraph(map.concepts.map((concept) => concept.value)));
    const reported = new Set<string>();
    return map.concepts.flatMap((concept) => {
      const id = concept.value.id;
      if (typeof id !== 'string' || reached.has(id) || reported.has(id)) return [];
      reported.add(id);
      return [
        {
          path: ['concepts', concept.index],
          message: `Concept "${id}" is reached from no entry point of the map (a concept that nothing leads to): every path to it comes from a cycle.`,
        },
      ];
    });
  },
};
