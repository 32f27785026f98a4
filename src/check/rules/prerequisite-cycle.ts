import type { ProgramModel } from '../../load/types.js';
import type { Finding, Rule } from '../rule.js';

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
    const first = firstProjects(model);
    for (const cycle of findCycles(model)) {
      const members = new Set(cycle);
      const description = describeCycle(cycle, first);
      for (const id of cycle) {
        const { index, requires } = first.get(id)!;
        findings.push({
          path: ['projects', index, 'requires', requires.findIndex((required) => members.has(required))],
          message: `Project "${id}" is part of a prerequisite cycle: ${description}.`,
        });
      }
    }
    return findings;
  },
};

interface FirstProject {
  index: number;
  requires: string[];
}

/** Projects a cycle's description names; each member's message repeats it, so a huge cycle is cut short. */
const NAMED_MEMBERS = 10;

/** `a -> b -> a` when the walk is a true loop, else the members of the tangle. */
function describeCycle(cycle: string[], first: ReadonlyMap<string, FirstProject>): string {
  const requires = (id: string) => first.get(id)!.requires;
  const isLoop = cycle.every((id, i) => requires(id).includes(cycle[(i + 1) % cycle.length]!));
  const named = cycle.slice(0, NAMED_MEMBERS);
  const more = cycle.length - named.length;
  if (isLoop) return [...named, ...(more > 0 ? [`(${more} more)`] : []), cycle[0]!].join(' -> ');
  return `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''} require each other`;
}

/** Each id's first project in program order. */
function firstProjects(model: ProgramModel): Map<string, FirstProject> {
  const first = new Map<string, FirstProject>();
  for (const project of model.projects) {
    const id = project.value.id;
    if (typeof id === 'string' && !first.has(id)) first.set(id, { index: project.index, requires: project.value.requires ?? [] });
  }
  return first;
}

/**
 * Elementary cycles, one per strongly connected component (Tarjan), each listed from its
 * first project in program order along `requires` edges. Enough to name every project in a cycle.
 */
function findCycles(model: ProgramModel): string[][] {
  const edges = new Map<string, string[]>();
  for (const project of model.projects) {
    const id = project.value.id;
    if (typeof id === 'string' && !edges.has(id)) edges.set(id, project.value.requires ?? []);
  }
  const position = new Map([...edges.keys()].map((id, i) => [id, i]));
  return stronglyConnected(edges)
    .filter((component) => component.length > 1 || (edges.get(component[0]!) ?? []).includes(component[0]!))
    .map((component) => orderAlongEdges(component, edges, position));
}

/** Tarjan's algorithm with an explicit stack: a chain of 20,000 prerequisites must not overflow the call stack. */
function stronglyConnected(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const open = (node: string): { node: string; next: number } => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    return { node, next: 0 };
  };
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const calls = [open(root)];
    while (calls.length > 0) {
      const call = calls[calls.length - 1]!;
      const targets = edges.get(call.node) ?? [];
      if (call.next < targets.length) {
        const next = targets[call.next++]!;
        if (!edges.has(next)) continue;
        if (!index.has(next)) calls.push(open(next));
        else if (onStack.has(next)) low.set(call.node, Math.min(low.get(call.node)!, index.get(next)!));
        continue;
      }
      calls.pop();
      const parent = calls[calls.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(call.node)!));
      if (low.get(call.node) === index.get(call.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== call.node);
        components.push(component);
      }
    }
  }
  return components;
}

/** Walks the component from its first-declared project, always to the first unvisited member it requires. */
function orderAlongEdges(component: string[], edges: Map<string, string[]>, position: ReadonlyMap<string, number>): string[] {
  const members = new Set(component);
  const inProgramOrder = [...component].sort((a, b) => position.get(a)! - position.get(b)!);
  const start = inProgramOrder[0]!;
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
  for (const id of inProgramOrder) if (!seen.has(id)) order.push(id);
  return order;
}
