// A knowledge map as data: the JSON output, and what the Markdown and HTML templates draw.
import { buildConceptGraph, entryPoints, layerConcepts } from '../maps/concept-graph.js';
import type { CourseIndex } from '../maps/course-index.js';
import { BOX, layoutMap } from '../maps/layout-map.js';
import { wrapName } from '../maps/wrap-name.js';
import { courseRef, isProgramCourse, type KnowledgeMap } from '../model/map-schema.js';
import { GENERATOR } from './build-outline.js';

/** A course of a concept, as the page links it. */
interface MapCourse {
  /** `program-id/course-id`, or the URL as written. */
  ref: string;
  /** The course's title, the title given with a URL, or the URL itself. */
  title: string;
  /** The http(s) URL to open, or null (a course of a program without a URL). */
  url: string | null;
}

interface MapConcept {
  id: string;
  name: string;
  /** The longest path from a concept that nothing leads to (0 for those). */
  depth: number;
  leads_to: string[];
  courses: MapCourse[];
}

/** The JSON output of `render <map-dir>` (PRODUCT.md, "Knowledge maps"). */
export interface MapData {
  generator: typeof GENERATOR;
  map: { id: string; title: string };
  concepts: MapConcept[];
}

/** Builds a valid map's data; programs' courses come from `courses`. Concepts keep declaration order. */
export function buildMap(knowledgeMap: KnowledgeMap, courses: CourseIndex): MapData {
  const { depth } = layerConcepts(buildConceptGraph(knowledgeMap.concepts));
  const seen = new Set<string>();
  const concepts = knowledgeMap.concepts.flatMap((concept) => {
    // With duplicate-id turned off, the first concept of an id is the one the graph knows.
    if (seen.has(concept.id)) return [];
    seen.add(concept.id);
    return [
      {
        id: concept.id,
        name: concept.name,
        depth: depth.get(concept.id) ?? 0,
        leads_to: [...new Set(concept.leads_to)],
        courses: concept.courses.map((entry): MapCourse => {
          const ref = courseRef(entry);
          if (!isProgramCourse(ref)) return { ref, title: typeof entry === 'string' ? ref : entry.title, url: ref };
          const course = courses.get(ref);
          return { ref, title: course?.title ?? ref, url: httpUrl(course?.url ?? null) };
        }),
      },
    ];
  });
  return { generator: GENERATOR, map: { id: knowledgeMap.map.id, title: knowledgeMap.map.title }, concepts };
}

/** A course's own URL only when a page may link it. */
function httpUrl(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}

/** A concept as the templates draw it: its box, its name on lines, its Mermaid node id. */
interface DrawnConcept extends MapConcept {
  /** `c1`, `c2`...: a Mermaid node id no concept id can break (`end` is a keyword there). */
  node: string;
  box: { x: number; y: number; width: number; height: number };
  lines: { text: string; x: number; y: number }[];
  /** The concepts it leads to, in order, with their names and Mermaid node ids. */
  next: { id: string; name: string; node: string }[];
}

/** What the map templates see: the data, each concept drawn, the edges and the drawing's size. */
export interface MapView extends Omit<MapData, 'concepts'> {
  concepts: DrawnConcept[];
  edges: { from: string; to: string; from_node: string; to_node: string; path: string }[];
  size: { width: number; height: number };
  /** Concepts that nothing leads to, where a reader starts. */
  entries: { id: string; name: string }[];
}

/** From a line's top to its baseline, at 13px type. */
const BASELINE = 13;

export function buildMapView(data: MapData): MapView {
  const graph = buildConceptGraph(data.concepts);
  const lines = new Map(data.concepts.map((concept) => [concept.id, wrapName(concept.name)]));
  const layout = layoutMap(graph.ids, layerConcepts(graph), new Map([...lines].map(([id, text]) => [id, text.length])));
  const node = new Map(data.concepts.map((concept, i) => [concept.id, `c${i + 1}`]));
  const name = new Map(data.concepts.map((concept) => [concept.id, concept.name]));
  const box = new Map(layout.concepts.map((placed) => [placed.id, placed]));
  const concepts = data.concepts.map((concept): DrawnConcept => {
    const { x, y, width, height } = box.get(concept.id)!;
    const text = lines.get(concept.id)!;
    return {
      ...concept,
      node: node.get(concept.id)!,
      box: { x, y, width, height },
      lines: text.map((line, i) => ({ text: line, x: x + width / 2, y: y + BOX.padding + BASELINE + i * BOX.lineHeight })),
      next: graph.edges.get(concept.id)!.map((id) => ({ id, name: name.get(id)!, node: node.get(id)! })),
    };
  });
  const edges = layout.edges.map((edge) => ({ ...edge, from_node: node.get(edge.from)!, to_node: node.get(edge.to)! }));
  const entries = entryPoints(graph).map((id) => ({ id, name: name.get(id)! }));
  return { ...data, concepts, edges, size: { width: layout.width, height: layout.height }, entries };
}
