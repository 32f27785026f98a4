// Cycles of a directed graph given as `id -> ids`: prerequisites of projects, concepts of a map.
import type { Finding } from './rule.js';

/** Members a cycle's description names; each member's message repeats it, so a huge cycle is cut short. */
const NAMED_MEMBERS = 10;

/**
 * Elementary cycles, one per strongly connected component (Tarjan), each listed from its
 * first id in the map's order along the edges. Enough to name every member of a cycle.
 * Edges to ids that are not keys are ignored.
 */
function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const position = new Map([...edges.keys()].map((id, i) => [id, i]));
  return stronglyConnected(edges)
    .filter((component) => component.length > 1 || (edges.get(component[0]!) ?? []).includes(component[0]!))
    .map((component) => orderAlongEdges(component, edges, position));
}

/** `a -> b -> a` when the walk is a true loop, else the members of the tangle and `tangle` (`require each other`). */
function describeCycle(cycle: readonly string[], edges: ReadonlyMap<string, readonly string[]>, tangle: string): string {
  const next = (id: string) => edges.get(id) ?? [];
  const isLoop = cycle.every((id, i) => next(id).includes(cycle[(i + 1) % cycle.length]!));
  const named = cycle.slice(0, NAMED_MEMBERS);
  const more = cycle.length - named.length;
  if (isLoop) return [...named, ...(more > 0 ? [`(${more} more)`] : []), cycle[0]!].join(' -> ');
  return `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''} ${tangle}`;
}

/** Tarjan's algorithm with an explicit stack: a chain of 20,000 ids must not overflow the call stack. */
function stronglyConnected(edges: ReadonlyMap<string, readonly string[]>): string[][] {
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

/** Walks the component from its first-declared member, always to the first unvisited member it points to. */
function orderAlongEdges(
  component: string[],
  edges: ReadonlyMap<string, readonly string[]>,
  position: ReadonlyMap<string, number>,
): string[] {
  const members = new Set(component);
  const inOrder = [...component].sort((a, b) => position.get(a)! - position.get(b)!);
  const start = inOrder[0]!;
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
  for (const id of inOrder) if (!seen.has(id)) order.push(id);
  return order;
}

/** An item of a list that points to others by id: its index in the list and the ids it names. */
export interface ListNode {
  index: number;
  targets: readonly string[];
}

/** Each id's first item of `items` (later duplicates are duplicate-id's), with the ids it names. */
export function firstNodes<T>(
  items: readonly { index: number; value: T }[],
  idOf: (value: T) => unknown,
  targetsOf: (value: T) => readonly string[] | undefined,
): Map<string, ListNode> {
  const first = new Map<string, ListNode>();
  for (const item of items) {
    const id = idOf(item.value);
    if (typeof id === 'string' && !first.has(id)) first.set(id, { index: item.index, targets: targetsOf(item.value) ?? [] });
  }
  return first;
}

/**
 * One finding per member of each cycle among `nodes`, at its first edge into the cycle
 * (`[list, index, field, position]`); `message` gets the member's id and the cycle's description.
 */
export function cycleFindings(
  nodes: ReadonlyMap<string, ListNode>,
  where: { list: string; field: string; tangle: string },
  message: (id: string, description: string) => string,
): Finding[] {
  const edges = new Map([...nodes].map(([id, node]) => [id, node.targets]));
  const findings: Finding[] = [];
  for (const cycle of findCycles(edges)) {
    const members = new Set(cycle);
    const description = describeCycle(cycle, edges, where.tangle);
    for (const id of cycle) {
      const { index, targets } = nodes.get(id)!;
      findings.push({
        path: [where.list, index, where.field, targets.findIndex((target) => members.has(target))],
        message: message(id, description),
      });
    }
  }
  return findings;
}
