// The production chart's geometry stays small and finite whatever the schedule (issue: infinite numbers).
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/render/build-chart.js';
import { buildOutline, type Outline } from '../../src/render/build-outline.js';
import { chain, makeProgram } from '../timeline/make-program.js';

describe('buildChart', () => {
  it('draws at most 13 ticks at the largest values the schema accepts, with many courses', () => {
    const courses = Array.from({ length: 5000 }, (_, i) => ({ id: `c${i + 1}`, skills: ['a'] }));
    const sketch = { design_months: 120, course_months: 120, teams: 1, projects: [{ id: 'p', skills: ['a'] }], courses };
    const outline = buildOutline(makeProgram(sketch));
    const chart = buildChart(outline);
    expect(outline.timeline.production.total_months).toBe(120 + 5000 * 120);
    expect(chart.ticks.length).toBeLessThanOrEqual(13);
    expect(chart.ticks.at(-1)?.month).toBeLessThanOrEqual(outline.timeline.production.total_months);
    expect(chart.rows).toHaveLength(5001);
    expect(chart.rows.every((row) => Number.isFinite(row.x) && Number.isFinite(row.width) && Number.isSafeInteger(row.mermaid_end))).toBe(
      true,
    );
  });

  it('keeps the ticks of a normal program: every 2 months up to month 18', () => {
    const chart = buildChart(buildOutline(makeProgram(chain(10))));
    expect(chart.ticks.map((t) => t.month)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
  });

  it('returns even when a schedule is not finite (a float loop would never end)', () => {
    const outline = buildOutline(makeProgram(chain(1)));
    const production = { ...outline.timeline.production, design_months: 1e308, total_months: Number.POSITIVE_INFINITY };
    const broken: Outline = { ...outline, timeline: { ...outline.timeline, production } };
    expect(buildChart(broken).ticks.length).toBeLessThanOrEqual(13);
  });
});
