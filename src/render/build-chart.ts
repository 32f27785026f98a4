// Geometry of the production Gantt chart drawn by the templates (inline SVG in HTML, Mermaid in Markdown).
import type { Outline } from './build-outline.js';

/** One bar: months for Mermaid, SVG user units for the HTML chart. */
interface ChartRow {
  kind: 'design' | 'course';
  id: string;
  title: string;
  /** `title` cut to fit the label column of the SVG chart. */
  label: string;
  start_month: number;
  ready_month: number;
  /**
   * Months x 1000, whole numbers: Mermaid reads them with `dateFormat x` (Unix milliseconds) and
   * `axisFormat %s` prints whole months back. `dateFormat X` would be simpler but drops bars at
   * fractional values (https://github.com/mermaid-js/mermaid/issues/5216).
   */
  mermaid_start: number;
  mermaid_end: number;
  x: number;
  y: number;
  width: number;
  /** Baseline of the row's label and month text. */
  text_y: number;
}

export interface Chart {
  width: number;
  height: number;
  label_width: number;
  bar_height: number;
  /** Bottom of the plot area, where the axis and the open line end. */
  plot_bottom: number;
  /** Every bar, design first. */
  rows: ChartRow[];
  design: ChartRow;
  courses: ChartRow[];
  ticks: { month: number; x: number }[];
  open: { month: number; x: number };
}

const WIDTH = 800;
const LABEL_WIDTH = 240;
const ROW_HEIGHT = 22;
const BAR_HEIGHT = 14;
const TOP = 8;
const MAX_LABEL = 34;
const TICK_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];
/** Steps are chosen for at most 12 intervals: 13 ticks with month 0. */
const MAX_TICKS = 13;

export function buildChart(outline: Outline): Chart {
  const { production } = outline.timeline;
  const titles = new Map(outline.courses.to_produce.map((c) => [c.id, c.title]));
  const span = Math.max(production.total_months, 1);
  const x = (month: number) => round(LABEL_WIDTH + ((WIDTH - LABEL_WIDTH - 16) * month) / span);
  const bars = [
    { kind: 'design' as const, id: 'design', title: 'Design (skills, projects)', start: 0, end: production.design_months },
    ...production.courses.map((c) => ({
      kind: 'course' as const,
      id: c.id,
      title: titles.get(c.id) ?? c.id,
      start: c.start_month,
      end: c.ready_month,
    })),
  ];
  const rows = bars.map((bar, index): ChartRow => {
    const top = TOP + index * ROW_HEIGHT;
    return {
      kind: bar.kind,
      id: bar.id,
      title: bar.title,
      label: bar.title.length > MAX_LABEL ? `${bar.title.slice(0, MAX_LABEL - 1).trimEnd()}…` : bar.title,
      start_month: bar.start,
      ready_month: bar.end,
      mermaid_start: Math.round(bar.start * 1000),
      mermaid_end: Math.round(bar.end * 1000),
      x: x(bar.start),
      y: top + (ROW_HEIGHT - BAR_HEIGHT) / 2,
      width: round(x(bar.end) - x(bar.start)),
      text_y: top + ROW_HEIGHT / 2 + 4,
    };
  });
  const plotBottom = TOP + rows.length * ROW_HEIGHT;
  const step = TICK_STEPS.find((s) => span / s <= 12) ?? Math.ceil(span / 12);
  // Counted, not accumulated: a float sum can fail to advance (Infinity + step is Infinity).
  const count = Math.floor(span / step + 1e-9) + 1;
  const ticks = Array.from({ length: Number.isFinite(count) ? Math.min(count, MAX_TICKS) : 1 }, (_, i) => ({
    month: i * step,
    x: x(i * step),
  }));
  return {
    width: WIDTH,
    height: plotBottom + 24,
    label_width: LABEL_WIDTH,
    bar_height: BAR_HEIGHT,
    plot_bottom: plotBottom,
    rows,
    design: rows[0] as ChartRow,
    courses: rows.slice(1),
    ticks,
    open: { month: production.open_month, x: x(production.open_month) },
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
