// Turns outlines and knowledge maps into page text: JSON directly, Markdown and HTML through the templates.
import { UserError } from '../errors/user-error.js';
import { buildChart } from './build-chart.js';
import { buildMapView, type MapData } from './build-map.js';
import { GENERATOR, type Outline } from './build-outline.js';
import type { Renderer } from './compile-templates.js';
import { MARKER } from './marker.js';

import type { RenderFormat } from './render-format.js';

export type { RenderFormat } from './render-format.js';

/** What the index page lists about each program. */
interface IndexEntry {
  id: string;
  title: string;
  job: string;
  /** The program's page, relative to the index. */
  file: string;
  projects: number;
  skills: number;
  courses: number;
  certificates: number;
  total_months: number;
  open_month: number;
  safe_open_month: number;
  weeks: number;
}

/** What the index page lists about each knowledge map. */
interface IndexMap {
  id: string;
  title: string;
  /** The map's page, relative to the index. */
  file: string;
  concepts: number;
}

export interface IndexData {
  generator: typeof GENERATOR;
  programs: IndexEntry[];
  maps: IndexMap[];
}

/** The page of one program. `renderer` is needed for md and html. */
export function renderProgramPage(outline: Outline, format: RenderFormat, renderer?: Renderer): string {
  return sizedPage(`The ${format} page of program "${outline.program.id}"`, () => {
    if (format === 'json') return `${JSON.stringify(outline, null, 2)}\n`;
    return withMarker(requireRenderer(renderer).outline(pageContext(outline)));
  });
}

/** The page of one knowledge map. `renderer` is needed for md and html. */
export function renderMapPage(data: MapData, format: RenderFormat, renderer?: Renderer): string {
  return sizedPage(`The ${format} page of map "${data.map.id}"`, () => {
    if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
    return withMarker(requireRenderer(renderer).map(buildMapView(data)));
  });
}

/**
 * What a program's template sees: the outline, `summary` with both keys (null where nothing is
 * summarised, so strict templates can test them), and the chart's geometry.
 */
function pageContext(outline: Outline): object {
  return { ...outline, summary: { matrix: null, links: null, ...outline.summary }, chart: buildChart(outline) };
}

/** Runs `render`; the longest string V8 holds (about 512 MiB) is the program's size limit, not a bug. */
function sizedPage(page: string, render: () => string): string {
  try {
    return render();
  } catch (error) {
    if (error instanceof RangeError && error.message === 'Invalid string length') {
      throw new UserError(`${page} is too large to render: it would be longer than the longest text Node.js can hold.`);
    }
    throw error;
  }
}

export function buildIndex(outlines: readonly Outline[], knowledgeMaps: readonly MapData[], format: RenderFormat): IndexData {
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const programs = [...outlines]
    .sort((a, b) => byId(a.program.id, b.program.id))
    .map((o) => ({
      id: o.program.id,
      title: o.program.title,
      job: o.program.job,
      file: `${o.program.id}.${format}`,
      projects: o.projects.length,
      skills: o.skills.length,
      courses: o.courses.to_produce.length + o.courses.existing.length + o.courses.external.length,
      certificates: o.certificates.length,
      total_months: o.timeline.production.total_months,
      open_month: o.timeline.production.open_month,
      safe_open_month: o.timeline.production.safe_open_month,
      weeks: o.timeline.learner.weeks,
    }));
  const maps = [...knowledgeMaps]
    .sort((a, b) => byId(a.map.id, b.map.id))
    .map((m) => ({ id: m.map.id, title: m.map.title, file: `${m.map.id}.${format}`, concepts: m.concepts.length }));
  return { generator: GENERATOR, programs, maps };
}

export function renderIndexPage(index: IndexData, format: RenderFormat, renderer?: Renderer): string {
  return sizedPage(`The ${format} index page`, () => {
    if (format === 'json') return `${JSON.stringify(index, null, 2)}\n`;
    return withMarker(requireRenderer(renderer).index(index));
  });
}

function withMarker(text: string): string {
  return `${MARKER}\n${text.replace(/^\s+|\s+$/g, '')}\n`;
}

function requireRenderer(renderer: Renderer | undefined): Renderer {
  if (!renderer) throw new Error('Markdown and HTML pages need compiled templates.');
  return renderer;
}
