// `curriculum render` in-process: exit codes, refusal on errors, --out, --force, templates, goldens,
// and the attacks of the security issue (numbers out of bounds, huge programs, Mermaid injection).
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { MARKER } from '../../src/render/marker.js';
import { PROJECT_ROOT, runBin, runInProcess } from '../cli/run-cli.js';
import { GANTT_LEXERS, lexGantt } from '../escape/gantt-lexer.js';
import { expectGolden } from '../golden.js';

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/render');
const ANALYST = path.join(FIXTURES, 'repo/analyst');
const REPO = path.join(FIXTURES, 'repo');

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'curriculum-render-cli-'));
}

describe('render in-process', () => {
  test.each(['md', 'html', 'json'])('prints the %s outline on stdout, exactly the golden page', async (format) => {
    const run = await runInProcess(['render', 'test/fixtures/render/repo/analyst', '--format', format]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(await readFile(path.join(PROJECT_ROOT, `test/render/__golden__/analyst.${format}`), 'utf8'));
  });

  test('shows warnings on stderr and renders anyway', async () => {
    const run = await runInProcess(['render', 'test/fixtures/render/repo/analyst']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(`${MARKER}\n# Junior Data Analyst\n`)).toBe(true);
    expect(run.stderr).toContain('orphan-course');
    expect(run.stderr).toContain('test/fixtures/render/repo/analyst/courses.yaml');
  });

  test('json has the fields PRODUCT.md promises', async () => {
    const run = await runInProcess(['render', 'test/fixtures/render/repo/analyst', '--format', 'json']);
    const data = JSON.parse(run.stdout);
    expect(Object.keys(data)).toEqual([
      'generator',
      'program',
      'timeline',
      'market',
      'skills',
      'projects',
      'courses',
      'matrix',
      'certificates',
      'footprint',
      'feedback',
    ]);
    expect(data.market).toBeNull(); // no market data configured for the fixtures
    expect(data.program).toEqual({ id: 'analyst', title: 'Junior Data Analyst', job: 'data analyst' });
    expect(Object.keys(data.timeline.production)).toEqual([
      'design_months',
      'teams',
      'total_months',
      'open_month',
      'safe_open_month',
      'courses',
    ]);
    // Opens at 6; "storytelling-with-data" (ready at 14) is needed at week 7, 7 x 12 / 52 = 1.6 months in: 14 - 1.6 = 12.4, so 13.
    expect(data.timeline.production).toMatchObject({ design_months: 3, teams: 2, total_months: 14, open_month: 6, safe_open_month: 13 });
    expect(data.timeline.production.courses[0]).toEqual({ id: 'stats-101', start_month: 3, ready_month: 6 });
    expect(data.timeline.learner).toEqual({
      hours: 320,
      hours_per_week: 15,
      weeks: 22,
      months: 6,
      projects: [
        { id: 'onboarding', start_week: 0, end_week: 3 },
        { id: 'sales-dashboard', start_week: 3, end_week: 7 },
        { id: 'churn-analysis', start_week: 7, end_week: 13 },
        { id: 'executive-report', start_week: 13, end_week: 15 },
        { id: 'demand-forecast', start_week: 15, end_week: 20 },
      ],
    });
    // "sales-reporting" is onboarding (40 h) and sales-dashboard (60 h), prepared by learn-sql (12 h), spreadsheet-modelling
    // (8 h), stats-101 and dashboards (no hours): 120 hours, ceil(120 / 15) = 8 weeks; its last course, dashboards, is ready
    // at month 10; video 6 + 4 + 2.5 + 0 = 12.5 hours at the default 0.055 kg CO2e an hour.
    expect(data.certificates.map((c: { id: string }) => c.id)).toEqual(['spreadsheet-audit', 'sales-reporting']);
    expect(data.certificates[1]).toEqual({
      id: 'sales-reporting',
      title: "Report on a retail chain's sales",
      projects: [
        { id: 'onboarding', title: "Audit a retailer's sales spreadsheet" },
        { id: 'sales-dashboard', title: 'Build a sales dashboard for a retail chain' },
      ],
      skills: [
        { id: 'spreadsheets', title: 'Model data in spreadsheets' },
        { id: 'statistics', title: 'Apply descriptive statistics' },
        { id: 'sql', title: 'Query relational databases with SQL' },
        { id: 'dataviz', title: 'Design dashboards & charts' },
      ],
      hours: 120,
      weeks: 8,
      courses: [
        { id: 'learn-sql', title: 'Learn SQL', status: 'to-produce' },
        { id: 'spreadsheet-modelling', title: 'Spreadsheet modelling', status: 'existing' },
        { id: 'stats-101', title: 'Descriptive statistics (a refresher)', status: 'to-produce' },
        { id: 'dashboards', title: 'Dashboards: from question to chart', status: 'to-produce' },
      ],
      open_month: 10,
      footprint: { video_hours: 12.5, kg_co2e_per_video_hour: 0.055, kg_co2e: 0.6875 },
    });
    // "spreadsheet-audit" needs stats-101 (ready at month 6) and an existing course: it opens at month 6, before the program's
    // last course (month 14).
    expect(data.certificates[0]).toMatchObject({ hours: 48, weeks: 4, open_month: 6 });
    // The program: every course a project needs, each once (6 + 4 + 2.5 + 10 + 3); spreadsheet-macros (5 h) teaches nothing
    // a project validates.
    expect(data.footprint).toEqual({ video_hours: 25.5, kg_co2e_per_video_hour: 0.055, kg_co2e: 1.4025 });
  });

  test('a program sets its own kg CO2e per video hour', async () => {
    const run = await runInProcess(['render', 'test/fixtures/render/repo/tiny', '--format', 'json']);
    const data = JSON.parse(run.stdout);
    // calendar-tools streams 1.5 hours at 0.036 kg; email-writing gives no video_hours and counts 0.
    expect(data.footprint).toEqual({ video_hours: 1.5, kg_co2e_per_video_hour: 0.036, kg_co2e: 0.054 });
    expect(data.certificates[0]).toMatchObject({ id: 'inbox-triage', open_month: 3, footprint: { video_hours: 0, kg_co2e: 0 } });
  });

  test('shows open feedback beside its project and skill, and every item with its status under "Feedback"', async () => {
    const md = (await runInProcess(['render', 'test/fixtures/render/repo/analyst'])).stdout;
    expect(md).toContain('- **Feedback, open:** Recruiters expect Power BI, not only Looker Studio. (jury, 2026-06-12)\n');
    expect(md).toContain(
      '- Design dashboards & charts (`dataviz`), open: Recruiters expect Power BI, not only Looker Studio. (jury, 2026-06-12)\n',
    );
    expect(md).toContain(
      '| Add a NoSQL project. (`expert-2026-05-nosql`) | expert | 2026-05-15 | the program | declined: Fewer than 5% of junior analyst postings ask for it. |\n',
    );
    const data = JSON.parse((await runInProcess(['render', 'test/fixtures/render/repo/analyst', '--format', 'json'])).stdout);
    const project = data.projects.find((p: { id: string }) => p.id === 'churn-analysis');
    expect(project.open_feedback).toEqual([]); // its item is done
    expect(data.courses.to_produce.find((c: { id: string }) => c.id === 'learn-sql').open_feedback).toEqual([
      {
        id: 'mentor-2026-06-sql',
        date: '2026-06-20',
        from: 'mentor',
        text: 'Learners reach the sales dashboard without window functions.',
        status: 'planned',
      },
    ]);
    expect(data.feedback.map((f: { id: string; status: string }) => `${f.id} ${f.status}`)).toEqual([
      'jury-2026-06-dashboard open',
      'mentor-2026-06-sql planned',
      'student-2026-05-churn done',
      'expert-2026-05-nosql declined',
    ]);
  });

  test('refuses a program with errors: prints them as check does on stderr, renders nothing, exits 1', async () => {
    const run = await runInProcess(['render', 'test/fixtures/render/broken']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('test/fixtures/render/broken/program.yaml');
    expect(run.stderr).toContain('Project "report" names unknown skill "sqll"');
    expect(run.stderr).toContain('unknown-reference');
  });

  test('a javascript: course URL is refused by check and never becomes a link', async () => {
    const run = await runInProcess(['render', 'test/fixtures/render/hostile', '--format', 'html']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('schema');
  });

  test.each([
    [['render'], /missing required argument/],
    [['render', 'test/fixtures/render/repo/analyst', '--format', 'pdf'], /Allowed choices are md, html, json/],
    [['render', 'test/fixtures/render/nowhere'], /Path "test\/fixtures\/render\/nowhere" does not exist\./],
    [
      ['render', 'test/fixtures/render/repo'],
      /"test\/fixtures\/render\/repo" holds 2 programs: use --out <folder> to render a page for each\./,
    ],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const run = await runInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  test('a template reaching for Object.prototype fails like a missing field, and nothing reaches the console', async () => {
    const warn = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const run = await runInProcess(['render', 'test/fixtures/render/repo/tiny', '--templates', 'test/fixtures/render/templates-hostile']);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(
      'curriculum: Template "test/fixtures/render/templates-hostile/outline.md.hbs" line 3, column 5: field "program.__proto__" does not exist.',
    );
  });

  test('a template naming a field that does not exist fails with its file, line and column', async () => {
    const run = await runInProcess(['render', 'test/fixtures/render/repo/tiny', '--templates', 'test/fixtures/render/templates-bad']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(
      'curriculum: Template "test/fixtures/render/templates-bad/outline.md.hbs" line 4, column 5: field "titel" does not exist.',
    );
  });
});

describe('render --templates with a file named like no template', () => {
  test('says on stderr that it is not used, and renders with the others', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'curriculum-templates-'));
    await writeFile(path.join(dir, 'outlin.md.hbs'), 'mine\n');
    await writeFile(path.join(dir, 'outline.html.hbs'), 'for another format\n');
    await writeFile(path.join(dir, '_card.md.hbs'), 'a partial\n');
    const run = await runInProcess(['render', path.join(PROJECT_ROOT, 'test/fixtures/render/repo/tiny'), '--templates', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# ');
    expect(run.stderr.match(/^Template .*$/gm)).toEqual([
      'Template "outlin.md.hbs" is not used: a template is named outline.md.hbs, index.md.hbs, map.md.hbs, or a partial _<name>.md.hbs.',
    ]);
  });
});

describe('render --out', () => {
  test('messages name --out as typed, not relative to the current folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'curriculum-out-'));
    const mine = path.join(dir, 'mine.md');
    await writeFile(mine, 'my notes\n');
    const run = await runInProcess(['render', 'test/fixtures/render/repo/tiny', '--out', mine]);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(
      `curriculum: File "${mine}" already exists and was not written by curriculum render; use --force to overwrite it.`,
    );
  });

  test('writes one file, takes the format from its extension, and rewrites its own file', async () => {
    const cwd = await tempDir();
    expect((await runInProcess(['render', ANALYST, '--out', 'outline.html'], { cwd })).code).toBe(0);
    const first = await readFile(path.join(cwd, 'outline.html'), 'utf8');
    expect(first.startsWith(`${MARKER}\n<!DOCTYPE html>`)).toBe(true);
    const again = await runInProcess(['render', ANALYST, '--out', 'outline.html'], { cwd });
    expect(again.code).toBe(0);
    expect(await readFile(path.join(cwd, 'outline.html'), 'utf8')).toBe(first);
    expect(await readdir(cwd)).toEqual(['outline.html']);
  });

  test('never overwrites a file it did not write without --force', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'outline.md'), '# My hand-written notes\n');
    const refused = await runInProcess(['render', ANALYST, '--out', 'outline.md'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'curriculum: File "outline.md" already exists and was not written by curriculum render; use --force to overwrite it.',
    );
    expect(await readFile(path.join(cwd, 'outline.md'), 'utf8')).toBe('# My hand-written notes\n');

    const forced = await runInProcess(['render', ANALYST, '--out', 'outline.md', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect((await readFile(path.join(cwd, 'outline.md'), 'utf8')).startsWith(MARKER)).toBe(true);
    expect(await readdir(cwd)).toEqual(['outline.md']);
  });

  test('writes a page per program and an index into a folder, and nothing else', async () => {
    const cwd = await tempDir();
    const run = await runInProcess(['render', REPO, '--format', 'html', '--out', 'site'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect((await readdir(path.join(cwd, 'site'))).sort()).toEqual(['analyst.html', 'index.html', 'tiny.html']);
    const index = await readFile(path.join(cwd, 'site/index.html'), 'utf8');
    expect(index).toContain('<a href="analyst.html">Junior Data Analyst</a>');
    expect(index).toContain('<a href="tiny.html">Office Assistant &lt;Basics&gt;</a>');
    expect(await readFile(path.join(cwd, 'site/analyst.html'), 'utf8')).toBe(
      await readFile(path.join(PROJECT_ROOT, 'test/render/__golden__/analyst.html'), 'utf8'),
    );
  });

  test('the json index lists the programs with their timelines', async () => {
    const cwd = await tempDir();
    expect((await runInProcess(['render', REPO, '--format', 'json', '--out', 'data/'], { cwd })).code).toBe(0);
    const index = JSON.parse(await readFile(path.join(cwd, 'data/index.json'), 'utf8'));
    expect(index.generator).toBe('curriculum render');
    expect(index.programs.map((p: { id: string; file: string; certificates: number }) => `${p.id}:${p.file}:${p.certificates}`)).toEqual([
      'analyst:analyst.json:2',
      'tiny:tiny.json:1',
    ]);
    expect(index.maps).toEqual([]);
  });

  test('with several programs, --out must be a folder', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'page.md'), 'mine\n');
    const run = await runInProcess(['render', REPO, '--out', 'page.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out "page.md" must be a folder to hold one page per program.');
  });

  test('refuses the whole folder when one page would overwrite a foreign file', async () => {
    const cwd = await tempDir();
    await runInProcess(['render', REPO, '--out', 'site'], { cwd });
    await writeFile(path.join(cwd, 'site/index.md'), 'hand-made index\n');
    await writeFile(path.join(cwd, 'site/analyst.md'), `${MARKER}\nstale\n`);
    const run = await runInProcess(['render', REPO, '--out', 'site'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('File "site/index.md" already exists');
    expect(await readFile(path.join(cwd, 'site/analyst.md'), 'utf8')).toBe(`${MARKER}\nstale\n`);
  });
});

describe('render the bundled example programs', () => {
  test.each(['web-developer', 'data-analyst'])('%s renders cleanly in every format, as its golden files', async (name) => {
    for (const format of ['md', 'html', 'json']) {
      const run = await runInProcess(['render', `curricula/${name}`, '--format', format]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expectGolden(run.stdout, new URL(`./__golden__/${name}.${format}`, import.meta.url));
    }
  });
});

// Through the built bin (`npm test` builds first): real exit codes, stdout vs stderr, files written.
const built = existsSync(path.join(PROJECT_ROOT, 'dist/cli/commands/run-render.js'));
describe.skipIf(!built)(`render through bin/curriculum.js${built ? '' : ' (skipped: run npm run build first)'}`, () => {
  test('writes the page, keeps stdout empty and warnings on stderr, exits 0', async () => {
    const cwd = await tempDir();
    const run = await runBin(['render', ANALYST, '--out', 'outline.json'], { cwd });
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toContain('orphan-course');
    expect(JSON.parse(await readFile(path.join(cwd, 'outline.json'), 'utf8')).generator).toBe('curriculum render');
  });

  test('exits 1 on a program with errors and 2 on a usage error', async () => {
    expect((await runBin(['render', 'test/fixtures/render/broken'])).code).toBe(1);
    expect((await runBin(['render', 'test/fixtures/render/repo'])).code).toBe(2);
  });
});

describe('render with market data', () => {
  test("the config's market section adds the coverage and the gaps to every format", async () => {
    const cwd = path.join(FIXTURES, 'market');
    const json = await runInProcess(['render', 'analyst', '--format', 'json'], { cwd });
    expect(json.code).toBe(0);
    // 6 postings mention skills 17 times; the program validates sql (6) and spreadsheets (excel, 2): 8 / 17.
    expect(JSON.parse(json.stdout).market).toEqual({
      program: 'analyst',
      job: 'data analyst',
      postings: 6,
      coverage: 0.4706,
      gaps: [
        { skill: 'python', postings: 3, share: 0.5 },
        { skill: 'r', postings: 2, share: 0.3333 },
        { skill: 'tableau', postings: 2, share: 0.3333 },
      ],
      uncovered: [
        { skill: 'python', postings: 3, share: 0.5 },
        { skill: 'r', postings: 2, share: 0.3333 },
        { skill: 'tableau', postings: 2, share: 0.3333 },
        { skill: 'gdpr', postings: 1, share: 0.1667 },
        { skill: 'http://data.europa.eu/esco/skill/statistics-example', postings: 1, share: 0.1667 },
      ],
    });
    const md = await runInProcess(['render', 'analyst'], { cwd });
    expect(md.stdout).toContain('The projects validate **47%** of the skill demand of 6 postings for "data analyst"');
    expect(md.stdout).toContain('| python ✱ | 50% |');
    expect(md.stdout).toContain('| gdpr | 17% |');
    const html = await runInProcess(['render', 'analyst', '--format', 'html'], { cwd });
    expect(html.stdout).toContain('<section id="market">');
    expect(html.stdout).toContain('<tr><td>tableau ✱</td><td class="num">33%</td></tr>');
  });
});

describe('render a huge program (over the matrix and links thresholds)', () => {
  test('shows the notes instead of the full matrix and link lists', async () => {
    // 101 skills x 100 projects = 10,100 cells; "core" is shared by 100 projects and 101 courses: 10,100 pairs.
    const dir = await tempDir();
    const lines = ['program: {id: huge, title: Huge, job: tester}', 'skills:', '  - {id: core, name: Core}'];
    for (let i = 0; i < 100; i++) lines.push(`  - {id: s${i}, name: Skill ${i}}`);
    lines.push('projects:');
    for (let i = 0; i < 100; i++) lines.push(`  - {id: p${i}, title: Project ${i}, mission: M, skills: [core, s${i}], hours: 10}`);
    lines.push('courses:');
    for (let i = 0; i < 101; i++) lines.push(`  - {id: c${i}, title: Course ${i}, skills: [core], status: existing}`);
    await writeFile(path.join(dir, 'program.yaml'), `${lines.join('\n')}\n`);

    const md = await runInProcess(['render', dir]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('With 101 skills and 100 projects, the matrix would have 10100 cells, more than 10000');
    expect(md.stdout).toContain('| Core | 100 | 1, 2, 3, 4, 5,');
    expect(md.stdout).toContain('Each project lists at most the first 20 courses that prepare it');
    expect(md.stdout).toContain('- **Prepared by:** Course 0 (`c0`, existing), Course 1 (`c1`, existing),');
    expect(md.stdout).toContain('Course 19 (`c19`, existing)\n');
    expect(md.stdout).not.toContain('✓');
  });
});

// Numbers out of bounds: `check` reports them, `render` refuses them at once.
async function boundsProgram(production: string): Promise<string> {
  const dir = await tempDir();
  await writeFile(
    path.join(dir, 'program.yaml'),
    [
      'program:',
      '  id: x',
      '  title: X',
      '  job: x',
      `  production: ${production}`,
      'skills:',
      '  - {id: a, name: A}',
      'projects:',
      '  - {id: p1, title: P, mission: M, skills: [a], hours: 10}',
      'courses:',
      '  - {id: c1, title: C, skills: [a]}',
      '',
    ].join('\n'),
  );
  return dir;
}

describe('numbers out of bounds (1e308 months used to make render loop forever)', () => {
  test('1e308 months and 10000000000 teams are schema errors of check, with the bounds', async () => {
    const dir = await boundsProgram('{design_months: 1e308, course_months: 1e308, teams: 10000000000}');
    const run = await runInProcess(['check', dir, '--format', 'json']);
    expect(run.code).toBe(1);
    const messages = JSON.parse(run.stdout)
      .diagnostics.filter((d: { rule: string }) => d.rule === 'schema')
      .map((d: { message: string }) => d.message);
    expect(messages).toEqual([
      'Field "production.design_months" of program "x" must be a number greater than 0 and at most 120, not "1e+308".',
      'Field "production.course_months" of program "x" must be a number greater than 0 and at most 120, not "1e+308".',
      'Field "production.teams" of program "x" must be a whole number between 1 and 1000, not "10000000000".',
    ]);
  });

  test('render refuses them and returns instead of looping or failing internally', async () => {
    const dir = await boundsProgram('{design_months: 1e308, course_months: 1e308, teams: 10000000000}');
    const run = await runInProcess(['render', dir, '--format', 'html']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('must be a number greater than 0 and at most 120, not "1e+308".');
    expect(run.stderr).not.toContain('Internal error');
  });

  test('render draws the largest values the schema accepts', async () => {
    const dir = await boundsProgram('{design_months: 120, course_months: 120, teams: 1000}');
    const run = await runInProcess(['render', dir, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).timeline.production).toMatchObject({ design_months: 120, teams: 1000, total_months: 240 });
  });
});

describe('the Gantt chart of render --format md', () => {
  test('keeps hostile course titles as task names: no click link, no hidden course, no injected section', async () => {
    const run = await runInProcess(['render', 'test/fixtures/render/mermaid-injection']);
    expect(run.code).toBe(0);
    const block = /```mermaid\n([\s\S]*?)```/.exec(run.stdout)?.[1] ?? '';
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    expect(lines.slice(0, 6)).toEqual([
      'gantt',
      '  title Production, in months from the start of design',
      '  dateFormat x',
      '  axisFormat %s',
      '  todayMarker off',
      '  section Design',
    ]);
    const tasks = lines.filter((line) => !/^(gantt| {2}(title|dateFormat|axisFormat|todayMarker|section) )/.test(line));
    expect(tasks).toHaveLength(4);
    for (const rules of Object.values(GANTT_LEXERS)) {
      for (const line of tasks) expect(lexGantt(`${line}\n`, rules).map(([token]) => token)).toEqual(['taskTxt', 'taskData', 'NL']);
    }
    expect(tasks).toContain('  \u2060click task1 href "https//evil.example/phish" ％％ : 3000, 8000');
    expect(tasks).toContain('  ％％ this course would vanish from the chart : 3000, 8000');
    expect(tasks).toContain('  SQL꞉ the basics section Injected : 3000, 8000');
  });
});
