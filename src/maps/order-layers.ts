// Crossing reduction of a layered graph: barycentre sweeps, then swaps of neighbours, keeping
// the best order seen (Sugiyama, Tagawa and Toda, 1981; the swaps are Gansner et al.'s "transpose").

/** A layered graph: `layers[l]` lists node numbers in order; `down[n]` are n's neighbours in the next layer. */
export interface LayeredGraph {
  layers: number[][];
  down: number[][];
  up: number[][];
}

/** Sweeps of the layers, down and up: enough for maps of hundreds of concepts to settle. */
const SWEEPS = 24;
/** Stop after this many sweeps without a better order. */
const PATIENCE = 6;
/** Neighbour pairs compared by the swaps, at most: a hostile map must not take quadratic time. */
const SWAP_BUDGET = 2_000_000;

/** Reorders `graph.layers` in place to few crossings; returns the number of crossings left. */
export function orderLayers(graph: LayeredGraph): number {
  let best = graph.layers.map((layer) => [...layer]);
  let fewest = countCrossings(graph);
  let stale = 0;
  for (let sweep = 0; sweep < SWEEPS && fewest > 0 && stale < PATIENCE; sweep++) {
    const downwards = sweep % 2 === 0;
    const order = graph.layers.map((_, l) => (downwards ? l : graph.layers.length - 1 - l));
    for (const l of order.slice(1)) sortByBarycentre(graph, l, downwards ? graph.up : graph.down);
    swapNeighbours(graph);
    const crossings = countCrossings(graph);
    if (crossings < fewest) {
      fewest = crossings;
      best = graph.layers.map((layer) => [...layer]);
      stale = 0;
    } else stale++;
  }
  graph.layers.forEach((_, l) => {
    graph.layers[l] = best[l]!;
  });
  return fewest;
}

/** Positions of every node in its layer. */
function positionsOf(graph: LayeredGraph): number[] {
  const position: number[] = [];
  for (const layer of graph.layers) {
    for (let i = 0; i < layer.length; i++) position[layer[i]!] = i;
  }
  return position;
}

/** Orders layer `l` by the mean position of each node's neighbours in `side`; a node without any keeps its place. */
function sortByBarycentre(graph: LayeredGraph, l: number, side: number[][]): void {
  const position = positionsOf(graph);
  const layer = graph.layers[l]!;
  const keyed = layer.map((node, i) => {
    const neighbours = side[node]!;
    const centre = neighbours.length === 0 ? i : neighbours.reduce((sum, n) => sum + position[n]!, 0) / neighbours.length;
    return { node, centre, i };
  });
  keyed.sort((a, b) => a.centre - b.centre || a.i - b.i);
  graph.layers[l] = keyed.map((k) => k.node);
}

/** Swaps neighbours in a layer while that removes crossings with both adjacent layers. */
function swapNeighbours(graph: LayeredGraph): void {
  let budget = SWAP_BUDGET;
  let improved = true;
  while (improved && budget > 0) {
    improved = false;
    const position = positionsOf(graph);
    for (const layer of graph.layers) {
      for (let i = 0; i + 1 < layer.length; i++) {
        const a = layer[i]!;
        const b = layer[i + 1]!;
        budget -= (graph.up[a]!.length + 1) * (graph.up[b]!.length + 1) + (graph.down[a]!.length + 1) * (graph.down[b]!.length + 1);
        const now = pairCrossings(graph.up[a]!, graph.up[b]!, position) + pairCrossings(graph.down[a]!, graph.down[b]!, position);
        const swapped = pairCrossings(graph.up[b]!, graph.up[a]!, position) + pairCrossings(graph.down[b]!, graph.down[a]!, position);
        if (swapped < now) {
          layer[i] = b;
          layer[i + 1] = a;
          position[a] = i + 1;
          position[b] = i;
          improved = true;
        }
      }
    }
  }
}

/** Crossings between the edges of a node placed before another and that other's edges, on one side. */
function pairCrossings(first: number[], second: number[], position: number[]): number {
  let crossings = 0;
  for (const a of first) for (const b of second) if (position[a]! > position[b]!) crossings++;
  return crossings;
}

/** Edge crossings between every two adjacent layers: inversions counted with a Fenwick tree, O(E log V). */
function countCrossings(graph: LayeredGraph): number {
  const position = positionsOf(graph);
  let crossings = 0;
  for (let l = 0; l + 1 < graph.layers.length; l++) {
    const size = graph.layers[l + 1]!.length;
    const targets: number[] = [];
    for (const node of graph.layers[l]!) {
      const ends = graph.down[node]!.map((n) => position[n]!).sort((a, b) => a - b);
      targets.push(...ends);
    }
    const tree = new Array<number>(size + 1).fill(0);
    targets.forEach((target, seen) => {
      let atOrBelow = 0;
      for (let i = target + 1; i > 0; i -= i & -i) atOrBelow += tree[i]!;
      crossings += seen - atOrBelow;
      for (let i = target + 1; i <= size; i += i & -i) tree[i]!++;
    });
  }
  return crossings;
}
