// A map's concepts as a graph: `leads_to` edges, entry points, reachability and depth.

/** What the graph reads of a concept: lenient (a field that failed the schema is missing). */
interface ConceptLike {
  id?: string;
  leads_to?: string[];
}

export interface ConceptGraph {
  /** Concept ids, each once, in declaration order (the first concept of an id wins). */
  ids: string[];
  /** Each concept's targets that exist, each once, in the order written. */
  edges: Map<string, string[]>;
}

export function buildConceptGraph(concepts: readonly ConceptLike[]): ConceptGraph {
  const edges = new Map<string, string[]>();
  for (const concept of concepts) if (typeof concept.id === 'string' && !edges.has(concept.id)) edges.set(concept.id, []);
  const seen = new Set<string>();
  for (const concept of concepts) {
    const id = concept.id;
    if (typeof id !== 'string' || seen.has(id)) continue;
    seen.add(id);
    const targets = edges.get(id)!;
    for (const target of concept.leads_to ?? []) if (edges.has(target) && !targets.includes(target)) targets.push(target);
  }
  return { ids: [...edges.keys()], edges };
}

/** Entry points: the concepts that nothing leads to, in declaration order. */
export function entryPoints(graph: ConceptGraph): string[] {
  const led = new Set<string>();
  for (const targets of graph.edges.values()) for (const target of targets) led.add(target);
  return graph.ids.filter((id) => !led.has(id));
}

/** The concepts some entry point leads to, directly or not (entry points included). */
export function reachableFromEntries(graph: ConceptGraph): Set<string> {
  const reached = new Set(entryPoints(graph));
  const queue = [...reached];
  for (let i = 0; i < queue.length; i++) {
    for (const target of graph.edges.get(queue[i]!) ?? []) {
      if (reached.has(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  return reached;
}

/** The graph as layers: each concept's depth, and the edges kept (those that close no cycle). */
export interface Layering {
  /** Depth: the longest path from an entry point, 0 for entry points. */
  depth: Map<string, number>;
  /** Edges that close a cycle are left out (a map with a cycle renders only when `concept-cycle` is turned off). */
  edges: Map<string, string[]>;
}

/**
 * Depths by longest path. A depth-first walk from the entry points, then from the other
 * concepts in declaration order, finds the edges that close a cycle; without them the graph
 * is acyclic, and depths follow in topological order. Iterative: a chain of 20,000 concepts
 * must not overflow the call stack.
 */
export function layerConcepts(graph: ConceptGraph): Layering {
  const closing = cycleClosingEdges(graph);
  const edges = new Map(graph.ids.map((id) => [id, (graph.edges.get(id) ?? []).filter((target) => !closing.has(`${id}\n${target}`))]));
  const incoming = new Map(graph.ids.map((id) => [id, 0]));
  for (const targets of edges.values()) for (const target of targets) incoming.set(target, incoming.get(target)! + 1);
  const depth = new Map(graph.ids.map((id) => [id, 0]));
  const queue = graph.ids.filter((id) => incoming.get(id) === 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const target of edges.get(id)!) {
      depth.set(target, Math.max(depth.get(target)!, depth.get(id)! + 1));
      incoming.set(target, incoming.get(target)! - 1);
      if (incoming.get(target) === 0) queue.push(target);
    }
  }
  return { depth, edges };
}

/** `from\nto` of every edge that points back to a concept on the walk's current path. */
function cycleClosingEdges(graph: ConceptGraph): Set<string> {
  const state = new Map<string, 'open' | 'done'>();
  const closing = new Set<string>();
  for (const start of [...entryPoints(graph), ...graph.ids]) {
    if (state.has(start)) continue;
    state.set(start, 'open');
    const stack = [{ id: start, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = graph.edges.get(top.id) ?? [];
      if (top.next >= targets.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const target = targets[top.next++]!;
      const seen = state.get(target);
      if (seen === 'open') closing.add(`${top.id}\n${target}`);
      else if (seen === undefined) {
        state.set(target, 'open');
        stack.push({ id: target, next: 0 });
      }
    }
  }
  return closing;
}
