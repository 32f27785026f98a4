// The layered layout: columns are depths, boxes never overlap, crossings go where an order avoids them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildConceptGraph, layerConcepts } from '../../src/maps/concept-graph.js';
import { BOX, layoutMap } from '../../src/maps/layout-map.js';
import { PROJECT_ROOT } from '../cli/run-cli.js';

type Concept = { id: string; leads_to?: string[] };

function layout(concepts: Concept[]) {
  const graph = buildConceptGraph(concepts);
  return layoutMap(graph.ids, layerConcepts(graph), new Map());
}

describe('layerConcepts', () => {
  it('gives each concept the longest path from an entry point', () => {
    const { depth } = layerConcepts(
      buildConceptGraph([{ id: 'a', leads_to: ['b', 'd'] }, { id: 'b', leads_to: ['c'] }, { id: 'c', leads_to: ['d'] }, { id: 'd' }]),
    );
    expect(Object.fromEntries(depth)).toEqual({ a: 0, b: 1, c: 2, d: 3 });
  });

  it('lays a cycle out anyway (render only meets one with concept-cycle turned off), dropping the closing edge', () => {
    const { depth, edges } = layerConcepts(
      buildConceptGraph([
        { id: 'a', leads_to: ['b'] },
        { id: 'b', leads_to: ['a'] },
      ]),
    );
    expect(Object.fromEntries(depth)).toEqual({ a: 0, b: 1 });
    expect(edges.get('b')).toEqual([]);
  });

  it('walks a chain of 20,000 concepts without overflowing the stack', () => {
    const concepts = Array.from({ length: 20_000 }, (_, i) => ({ id: `c${i}`, leads_to: i + 1 < 20_000 ? [`c${i + 1}`] : [] }));
    expect(layerConcepts(buildConceptGraph(concepts)).depth.get('c19999')).toBe(19_999);
  });
});

describe('layoutMap', () => {
  it('untangles a crossing that the file order would draw', () => {
    // In file order, column 1 is [x, y] but a leads to y and b to x: the arrows cross.
    const placed = layout([{ id: 'a', leads_to: ['y'] }, { id: 'b', leads_to: ['x'] }, { id: 'x' }, { id: 'y' }]);
    expect(placed.crossings).toBe(0);
    const y = Object.fromEntries(placed.concepts.map((c) => [c.id, c.y]));
    expect(Math.sign(y.a! - y.b!)).toBe(Math.sign(y.y! - y.x!));
  });

  it('lays the example map out with no crossing, deterministically', async () => {
    const file = await readFile(path.join(PROJECT_ROOT, 'curricula/maps/web-development/map.yaml'), 'utf8');
    const concepts = (parse(file) as { concepts: Concept[] }).concepts;
    const first = layout(concepts);
    expect(first.crossings).toBe(0);
    expect(layout(concepts)).toEqual(first);
  });

  it('puts every concept in its depth column, without overlapping boxes, inside the drawing (property)', () => {
    const graphs = fc.integer({ min: 1, max: 25 }).chain((size) =>
      fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: size * 2 }).map((pairs) =>
        Array.from({ length: size }, (_, i) => ({
          id: `c${i}`,
          // Edges only forward: a DAG, as check lets through.
          leads_to: pairs.filter(([from, to]) => from === i && to > from).map(([, to]) => `c${to}`),
        })),
      ),
    );
    fc.assert(
      fc.property(graphs, (concepts) => {
        const graph = buildConceptGraph(concepts);
        const { depth } = layerConcepts(graph);
        const placed = layoutMap(graph.ids, layerConcepts(graph), new Map());
        for (const box of placed.concepts) {
          expect(box.x).toBe(BOX.margin + depth.get(box.id)! * (BOX.width + BOX.gapX));
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height).toBeLessThanOrEqual(placed.height);
          expect(box.x + box.width).toBeLessThanOrEqual(placed.width);
        }
        for (const a of placed.concepts) {
          for (const b of placed.concepts) {
            if (a === b || a.x !== b.x) continue;
            expect(a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
          }
        }
        for (const [from, targets] of graph.edges) for (const to of targets) expect(depth.get(to)!).toBeGreaterThan(depth.get(from)!);
      }),
      { numRuns: 200 },
    );
  });
});
