// Lays a knowledge map out left to right: one column per depth, concepts ordered in their column
// to avoid crossings (order-layers.ts), then placed near their neighbours without overlapping.
import type { Layering } from './concept-graph.js';
import { type LayeredGraph, orderLayers } from './order-layers.js';
import { placeLayers } from './place-layers.js';

/** Sizes in SVG user units (px at zoom 1). */
export const BOX = { width: 180, gapX: 90, lineHeight: 17, padding: 12, margin: 24 } as const;

/**
 * Bends of edges that span several columns (one per column crossed), at most: past that (a
 * hostile or generated map), long edges are drawn straight and play no part in the ordering.
 */
const MAX_BENDS = 20_000;

interface PlacedConcept {
  id: string;
  /** Top-left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PlacedEdge {
  from: string;
  to: string;
  /** SVG path data, from the right side of `from` to the left side of `to`. */
  path: string;
}

export interface MapLayout {
  width: number;
  height: number;
  concepts: PlacedConcept[];
  edges: PlacedEdge[];
  /** Edge crossings left between adjacent columns. */
  crossings: number;
}

/** `ids` in declaration order; `lines` is each concept's number of text lines. */
export function layoutMap(ids: readonly string[], layering: Layering, lines: ReadonlyMap<string, number>): MapLayout {
  const number = new Map(ids.map((id, i) => [id, i]));
  const depthOf = (node: number) => nodeDepth[node]!;
  const nodeDepth = ids.map((id) => layering.depth.get(id)!);
  const heights = ids.map((id) => 2 * BOX.padding + BOX.lineHeight * (lines.get(id) ?? 1));
  const columns = Math.max(0, ...nodeDepth) + 1;
  const graph: LayeredGraph = { layers: Array.from({ length: columns }, () => []), down: ids.map(() => []), up: ids.map(() => []) };
  for (let node = 0; node < ids.length; node++) graph.layers[depthOf(node)]!.push(node);

  let bends = 0;
  for (const [from, targets] of layering.edges) for (const to of targets) bends += layering.depth.get(to)! - layering.depth.get(from)! - 1;
  const bend = bends <= MAX_BENDS;
  /** Each edge's chain of nodes, bends included. */
  const chains: { from: string; to: string; nodes: number[] }[] = [];
  const link = (a: number, b: number) => {
    graph.down[a]!.push(b);
    graph.up[b]!.push(a);
  };
  for (const [from, targets] of layering.edges) {
    for (const to of targets) {
      const chain = [number.get(from)!];
      if (bend) {
        for (let d = layering.depth.get(from)! + 1; d < layering.depth.get(to)!; d++) {
          const node = nodeDepth.length;
          nodeDepth.push(d);
          heights.push(0);
          graph.down.push([]);
          graph.up.push([]);
          graph.layers[d]!.push(node);
          link(chain[chain.length - 1]!, node);
          chain.push(node);
        }
      }
      chain.push(number.get(to)!);
      if (bend || layering.depth.get(to)! - layering.depth.get(from)! === 1) link(chain[chain.length - 2]!, chain[chain.length - 1]!);
      chains.push({ from, to, nodes: chain });
    }
  }

  const crossings = orderLayers(graph);
  const centres = placeLayers(graph, heights, ids.length);
  const top = Math.min(...centres.map((c, n) => c - heights[n]! / 2));
  const y = (n: number) => centres[n]! - top + BOX.margin;
  const left = (d: number) => BOX.margin + d * (BOX.width + BOX.gapX);
  const concepts = ids.map((id, n) => ({
    id,
    x: left(depthOf(n)),
    y: round(y(n) - heights[n]! / 2),
    width: BOX.width,
    height: heights[n]!,
  }));
  const bottom = Math.max(...ids.map((_, n) => y(n) + heights[n]! / 2), ...centres.map((_, n) => y(n)));
  const edges = chains.map(({ from, to, nodes }) => ({
    from,
    to,
    path: edgePath(nodes.map((n, i) => ({ x: left(depthOf(n)) + (i === 0 ? BOX.width : 0), y: y(n) }))),
  }));
  return { width: round(left(columns - 1) + BOX.width + BOX.margin), height: round(bottom + BOX.margin), concepts, edges, crossings };
}

/**
 * A smooth path through an edge's points: the source's right side, the left of each bend's
 * column, and the target's left side; straight through a bend's column, curved across a gap.
 */
function edgePath(points: { x: number; y: number }[]): string {
  const [start, ...rest] = points;
  const last = rest[rest.length - 1];
  const parts = [`M${round(start!.x)} ${round(start!.y)}`];
  let previous = start!;
  for (const point of rest) {
    if (point !== last) {
      parts.push(curve(previous, point), `L${round(point.x + BOX.width)} ${round(point.y)}`);
      previous = { x: point.x + BOX.width, y: point.y };
    } else {
      parts.push(curve(previous, point));
      previous = point;
    }
  }
  return parts.join(' ');
}

function curve(from: { x: number; y: number }, to: { x: number; y: number }): string {
  const dx = Math.min(BOX.gapX / 2, (to.x - from.x) / 2);
  return `C${round(from.x + dx)} ${round(from.y)} ${round(to.x - dx)} ${round(to.y)} ${round(to.x)} ${round(to.y)}`;
}

/** One decimal: the same bytes on every machine. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
