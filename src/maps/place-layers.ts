// Vertical places of ordered layers: each node as near the mean of its neighbours as the
// order and the gaps allow, solved per layer exactly (isotonic regression, pool adjacent violators).
import type { LayeredGraph } from './order-layers.js';

/** Gap between two boxes of a column, and beside an edge passing through it. */
const GAP = { box: 20, bend: 10 } as const;
/** Rounds of placing every layer, alternately downwards and upwards. */
const ROUNDS = 12;

/** The centre (y) of every node; `heights[n]` is 0 for an edge's bend; nodes below `real` are boxes. */
export function placeLayers(graph: LayeredGraph, heights: readonly number[], real: number): number[] {
  const centre: number[] = [];
  const tallest = Math.max(0, ...graph.layers.map((layer) => span(layer, heights, real)));
  for (const layer of graph.layers) {
    let y = (tallest - span(layer, heights, real)) / 2;
    layer.forEach((node, i) => {
      if (i > 0) y += separation(layer[i - 1]!, node, heights, real);
      centre[node] = y;
    });
  }
  for (let round = 0; round < ROUNDS; round++) {
    const order = graph.layers.map((_, l) => (round % 2 === 0 ? l : graph.layers.length - 1 - l));
    for (const l of order) {
      const layer = graph.layers[l]!;
      const wanted = layer.map((node) => {
        const neighbours = [...graph.up[node]!, ...graph.down[node]!];
        return neighbours.length === 0 ? centre[node]! : neighbours.reduce((sum, n) => sum + centre[n]!, 0) / neighbours.length;
      });
      const gaps = layer.slice(1).map((node, i) => separation(layer[i]!, node, heights, real));
      const fitted = fitInOrder(wanted, gaps);
      for (let i = 0; i < layer.length; i++) centre[layer[i]!] = fitted[i]!;
    }
  }
  return centre;
}

/** The distance between the centres of two neighbours of a column. */
function separation(a: number, b: number, heights: readonly number[], real: number): number {
  const gap = a < real && b < real ? GAP.box : GAP.bend;
  return (heights[a]! + heights[b]!) / 2 + gap;
}

function span(layer: readonly number[], heights: readonly number[], real: number): number {
  return layer.slice(1).reduce((sum, node, i) => sum + separation(layer[i]!, node, heights, real), 0);
}

/**
 * The positions nearest to `wanted` (least squares) with `y[i + 1] - y[i] >= gaps[i]`: with
 * the gaps taken out, the positions must not decrease, which pool adjacent violators solves in
 * linear time.
 */
function fitInOrder(wanted: readonly number[], gaps: readonly number[]): number[] {
  const offset = [0];
  for (const gap of gaps) offset.push(offset[offset.length - 1]! + gap);
  const blocks: { sum: number; count: number }[] = [];
  wanted.forEach((y, i) => {
    blocks.push({ sum: y - offset[i]!, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const before = blocks[blocks.length - 2]!;
      if (before.sum / before.count <= last.sum / last.count) break;
      before.sum += last.sum;
      before.count += last.count;
      blocks.pop();
    }
  });
  const result: number[] = [];
  for (const block of blocks) for (let k = 0; k < block.count; k++) result.push(block.sum / block.count + offset[result.length]!);
  return result;
}
