import type { Finding, Rule } from '../rule.js';
import type { ProgramModel } from '../../load/types.js';

export const prerequisiteCycle: Rule = {
  code: 'prerequisite-cycle',
  severity: 'error',
  description: 'Projects whose `requires` form a cycle (each project in it is reported).',
  docs: {
    why: 'A cycle of prerequisites means no project of it can ever be started.',
    bad: 'projects:\n  - id: api\n    requires: [frontend]\n  - id: frontend\n    requires: [api]',
    good: 'projects:\n  - id: api\n  - id: frontend\n    requires: [api]',
  },
  check({ model }) {
    const findings: Finding[] = [];
    for (const cycle of findCycles(model)) {
      const members = new Set(cycle);
      const description = describeCycle(cycle, model);
      for (const id of cycle) {
        const { index, requires } = firstProject(model, id);
        findings.push({
          path: ['projects', index, 'requires', requires.findIndex((required) => members.has(required))],
          message: `Project "${id}" is part of a prerequisite cycle: ${description}.`,
        });
      }
    }
    return findings;
  },
};

/** `a -> b -> a` when the walk is a true loop, else the members of the tangle. */
function describeCycle(cycle: string[], model: ProgramModel): string {
  const requires = (id: string) => firstProject(model, id).requires;
  const isLoop = cycle.every((id, i) => requires(id).includes(cycle[(i + 1) % cycle.length]!));
  return isLoop ? [...cycle, cycle[0]!].join(' -> ') : `${cycle.join(', ')} require each other`;
}

function firstProject(model: ProgramModel, id: string): { index: number; requires: string[] } {
  const project = model.projects.find((item) => item.value.id === id)!;
  return { index: project.index, requires: project.value.requires ?? [] };
}

/**
 * Elementary cycles, one per strongly connected component (Tarjan), each listed from its
 * first project in program order along `requires` edges. Enough to name every project in a cycle.
 */
function findCycles(model: ProgramModel): string[][] {
  const edges = new Map<string, string[]>();
  for (const project of model.projects) {
    const id = project.value.id;
    if (typeof id === 'string' && !edges.has(id)) edges.set(id, (project.value.requires ?? []));
  }
  const components = stronglyConnected(edges);
  return components
    .filter((component) => component.length > 1 || (edges.get(component[0]!) ?? []).includes(component[0]!))
    .map((component) => orderAlongEdges(component, edges));
}

function stronglyConnected(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!edges.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      components.push(component);
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return components;
}

/** Walks the component from its first-declared project, always to the first unvisited member it requires. */
function orderAlongEdges(component: string[], edges: Map<string, string[]>): string[] {
  const members = new Set(component);
  const start = [...edges.keys()].find((id) => members.has(id))!;
  const order = [start];
  const seen = new Set(order);
  let current = start;
  for (;;) {
    const next = (edges.get(current) ?? []).find((id) => members.has(id) && !seen.has(id));
    if (next === undefined) break;
    order.push(next);
    seen.add(next);
    current = next;
  }
  // Members not on the first path still sit in the cycle's component: report them too.
  for (const id of edges.keys()) if (members.has(id) && !seen.has(id)) order.push(id);
  return order;
}
