// Huge programs (issue: 10,000 skills x 2,500 projects made a 432 MB page): the outline grows with
// the program, not with skills x projects or projects x courses.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import type { Program } from '../../src/model/schema.js';
import { MAX_MATRIX_CELLS } from '../../src/render/build-matrix.js';
import { buildOutline } from '../../src/render/build-outline.js';
import { compileTemplates, type Renderer } from '../../src/render/compile-templates.js';
import { loadTemplates } from '../../src/render/load-templates.js';
import { renderProgramPage } from '../../src/render/render-pages.js';
import { LINKS_PER_LIST, MAX_SHARED_SKILL_PAIRS } from '../../src/render/skill-links.js';
import { makeProgram } from '../timeline/make-program.js';

/** `skills` skills; project i validates skills 4i..4i+3 (mod skills); course i teaches skill i. */
function hugeProgram(skills: number, projects: number, courses = 0): Program {
  const ids = Array.from({ length: skills }, (_, i) => `s${i}`);
  const program = makeProgram({
    projects: Array.from({ length: projects }, (_, i) => ({
      id: `p${i}`,
      skills: [0, 1, 2, 3].map((k) => ids[(4 * i + k) % skills] as string),
    })),
    courses: Array.from({ length: courses }, (_, i) => ({ id: `c${i}`, skills: [ids[i % skills] as string], status: 'existing' as const })),
  });
  return { ...program, skills: ids.map((id) => ({ id, name: `Skill ${id}` })) };
}

describe('the outline of a huge program', () => {
  it('summarises a 10,000 skills x 2,500 projects matrix: per-skill counts and projects, no cells', () => {
    const outline = buildOutline(hugeProgram(10_000, 2_500, 100));
    expect(outline.summary).toEqual({ matrix: { cells: 25_000_000, limit: MAX_MATRIX_CELLS }, links: null });
    expect(outline.matrix.rows).toHaveLength(10_000);
    expect(outline.matrix.rows[5]).toEqual({ skill: { id: 's5', title: 'Skill s5' }, projects: 1, validated_by: [2] });
    expect(outline.matrix.rows.some((row) => 'cells' in row)).toBe(false);
    const json = renderProgramPage(outline, 'json');
    expect(json.length).toBeLessThan(8_000_000); // was 432 MB
  });

  it('renders a summarised matrix in HTML (which failed with "Invalid string length"), with a note instead of the grid', async () => {
    const outline = buildOutline(hugeProgram(1_000, 250));
    const page = renderProgramPage(outline, 'html', compileTemplates(await loadTemplates('html', undefined, process.cwd())));
    expect(page).toContain(
      'the matrix would have 250000 cells, more than 10000: each skill lists the numbers of the projects that validate it instead.',
    );
    expect(page).toContain('<tr><th scope="row">Skill s5</th><td class="num">1</td><td>2</td></tr>');
    expect(page).not.toContain('class="cell');
  });

  it('cuts the lists of links when projects and courses meet on shared skills', async () => {
    const shared = makeProgram({
      projects: Array.from({ length: 3_000 }, (_, i) => ({ id: `p${i}`, skills: ['core', `s${i}`] })),
      courses: Array.from({ length: 3_000 }, (_, i) => ({ id: `c${i}`, skills: [`s${2_999 - i}`, 'core'], status: 'existing' })),
    });
    const outline = buildOutline({
      ...shared,
      courses: shared.courses.map((course) => ({ ...course, hours: 1, video_hours: 1 })),
      certificates: [{ id: 'two', title: 'Two projects', projects: ['p0', 'p1'] }],
    });
    expect(outline.summary?.links).toEqual({ limit: LINKS_PER_LIST });
    // A certificate lists 20 courses, and counts all 3,000 that teach "core" (1 hour each) in its hours and footprint,
    // with its two projects (10 hours each).
    expect(outline.certificates[0]?.courses).toHaveLength(LINKS_PER_LIST);
    expect(outline.certificates[0]).toMatchObject({ hours: 3_000 + 2 * 10, footprint: { video_hours: 3_000 } });
    expect(outline.projects.every((p) => p.courses.length === LINKS_PER_LIST)).toBe(true);
    expect(outline.projects[0]?.courses.slice(0, 2).map((c) => c.id)).toEqual(['c0', 'c1']);
    expect(outline.courses.existing.every((c) => c.prepares.length === LINKS_PER_LIST)).toBe(true);
    expect(outline.courses.existing[2_999]?.prepares.slice(0, 2)).toEqual(['p0', 'p1']);
    expect(outline.skills.find((s) => s.id === 'core')?.taught_by).toHaveLength(3_000); // the full relation stays
    expect(renderProgramPage(outline, 'json').length).toBeLessThan(15_000_000); // 9 million links otherwise
    const page = renderProgramPage(outline, 'md', compileTemplates(await loadTemplates('md', undefined, process.cwd())));
    expect(page).toContain(
      'Each certificate lists at most the first 20 courses that prepare it; its study time, opening month and footprint count them all.',
    );
  });

  it('keeps a normal program whole: no summary, every link', () => {
    const outline = buildOutline(hugeProgram(100, 100, 100));
    expect(outline.summary).toBeUndefined();
    expect(outline.matrix.rows[0]).toMatchObject({ projects: 4, cells: expect.any(Array) });
    expect(MAX_SHARED_SKILL_PAIRS).toBe(10_000);
  });
});

describe('pages too large', () => {
  const outline = buildOutline(hugeProgram(8, 2));
  const failing = (error: Error): Renderer => ({
    outline: () => {
      throw error;
    },
    index: () => '',
    map: () => '',
  });

  it('are one sentence naming the program, not a template error', () => {
    expect(() => renderProgramPage(outline, 'html', failing(new RangeError('Invalid string length')))).toThrow(
      new UserError('The html page of program "sketch" is too large to render: it would be longer than the longest text Node.js can hold.'),
    );
  });

  it("never blame a template for a failure that is not Handlebars' own", async () => {
    const renderer = compileTemplates(await loadTemplates('md', undefined, process.cwd()));
    const context = (error: Error) => ({
      ...outline,
      get skills(): never {
        throw error;
      },
    });
    expect(() => renderer.outline(context(new RangeError('Invalid string length')))).toThrow(RangeError);
    expect(() => renderer.outline(context(new TypeError('a bug')))).toThrow(new TypeError('a bug'));
  });
});
