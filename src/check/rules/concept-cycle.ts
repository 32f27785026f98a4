import { describeCycle, findCycles } from '../find-cycles.js';
import type { Finding, Rule } from '../rule.js';

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
    const first = new Map<string, { index: number; leadsTo: string[] }>();
    for (const concept of map.concepts) {
      const id = concept.value.id;
      if (typeof id === 'string' && !first.has(id)) first.set(id, { index: concept.index, leadsTo: concept.value.leads_to ?? [] });
    }
    const edges = new Map([...first].map(([id, concept]) => [id, concept.leadsTo]));
    const findings: Finding[] = [];
    for (const cycle of findCycles(edges)) {
      const members = new Set(cycle);
      const description = describeCycle(cycle, edges, 'lead to each other');
      for (const id of cycle) {
        const { index, leadsTo } = first.get(id)!;
        findings.push({
          path: ['concepts', index, 'leads_to', leadsTo.findIndex((target) => members.has(target))],
          message: `Concept "${id}" is part of a cycle: ${description}.`,
        });
      }
    }
    return findings;
  },
};
