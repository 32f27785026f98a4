// The worked example of docs/render.md ("Two opening months"): every figure the docs state, on the
// same program, through the commands a designer runs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { weeksToMonths } from '../../src/timeline/schedule-projects.js';
import { PROJECT_ROOT, runInProcess } from '../cli/run-cli.js';

const EXAMPLE = 'test/fixtures/render/worked-example';

async function outline() {
  const run = await runInProcess(['render', EXAMPLE, '--format', 'json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe('the worked example of docs/render.md', () => {
  test('production: four courses from month 3, the program opens at 5 and is safe at 7', async () => {
    const { production } = (await outline()).timeline;
    expect(production).toEqual({
      design_months: 3,
      teams: 4,
      total_months: 8,
      open_month: 5,
      safe_open_month: 7,
      courses: [
        { id: 'spreadsheets-basics', start_month: 3, ready_month: 5 },
        { id: 'learn-sql', start_month: 3, ready_month: 7 },
        { id: 'dataviz-basics', start_month: 3, ready_month: 6 },
        { id: 'python-for-analysts', start_month: 3, ready_month: 8 },
      ],
    });
  });

  test('learner: the weeks of each project, and the month a cohort starting at 5 reaches it', async () => {
    const { learner } = (await outline()).timeline;
    expect(learner).toEqual({
      hours: 165,
      hours_per_week: 10,
      weeks: 17,
      months: 4,
      projects: [
        { id: 'budget-review', start_week: 0, end_week: 3 },
        { id: 'sales-report', start_week: 3, end_week: 8 },
        { id: 'sales-dashboard', start_week: 8, end_week: 13 },
        { id: 'churn-analysis', start_week: 13, end_week: 17 },
      ],
    });
    const reached = learner.projects.map((p: { start_week: number }) => (5 + weeksToMonths(p.start_week)).toFixed(2));
    expect(reached).toEqual(['5.00', '5.69', '6.85', '8.00']);
    // The bounds of step 5: ready_month - W_k x 12 / 52, for the first project needing each course.
    const bounds = [5 - weeksToMonths(0), 7 - weeksToMonths(3), 6 - weeksToMonths(8), 8 - weeksToMonths(13)];
    expect(bounds.map((b) => b.toFixed(2))).toEqual(['5.00', '6.31', '4.15', '5.00']);
    expect(Math.ceil(Math.max(5, ...bounds))).toBe(7);
  });

  test('check reports learn-sql, and only it, with the message the docs quote', async () => {
    const run = await runInProcess(['check', EXAMPLE]);
    expect(run.code).toBe(0);
    const docs = await readFile(path.join(PROJECT_ROOT, 'docs/render.md'), 'utf8');
    const quoted = /```\n(test\/fixtures\/render\/worked-example\/program\.yaml\n {2}47:5 {2}warning .*course-late)\n```/.exec(docs)?.[1];
    expect(quoted).toBeDefined();
    const report = run.stdout.replace(/\n {4}47 \|.*\n.*\^~+\n/, '\n');
    expect(report).toContain(`${quoted}\n`);
    expect(report).toContain('1 problem (0 errors, 1 warning)');
  });

  test('the pages print the weeks from 1 and both opening months', async () => {
    const run = await runInProcess(['render', EXAMPLE]);
    expect(run.stdout).toContain(
      '| Production | opens at month 5, every course in time for a first cohort from month 7, all courses ready at month 8',
    );
    expect(run.stdout).toContain('| 2. Write the weekly sales report | 45 | 4–8 |');
    expect(run.stdout).toContain('| 4. Explain subscriber churn | 40 | 14–17 |');
  });
});
