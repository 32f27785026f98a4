// `curriculum diff` end to end, on temporary git repositories with several commits.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { expectGolden } from '../golden.js';
import { PROJECT_ROOT, runInProcess } from './run-cli.js';

const ALPHA_V1 = {
  'program.yaml': `program:
  id: alpha
  title: Alpha Analyst
  job: data analyst
skills:
  - id: sql
    name: Query databases with SQL
  - id: dataviz
    name: Visualise data
`,
  'projects.yaml': `projects:
  - id: onboarding
    title: First report
    mission: A manager wants a first report.
    skills: [sql]
    hours: 20
  - id: dashboard
    title: Sales dashboard
    mission: The sales director wants a dashboard.
    skills: [sql]
    hours: 40
  - id: report
    title: Weekly report
    mission: The director wants a weekly report.
    skills: [dataviz]
    hours: 30
  - id: capstone
    title: Capstone
    mission: A real client brief.
    skills: [sql, dataviz]
    hours: 60
`,
  'courses.yaml': `courses:
  - id: learn-sql
    title: Learn SQL
    skills: [sql]
    status: to-produce
  - id: learn-dataviz
    title: Learn data visualisation
    skills: [dataviz]
    status: existing
feedback:
  - id: jury-2026-06-ops
    date: 2026-06-12
    from: jury
    about: [dashboard]
    text: Recruiters expect Power BI, not only Looker Studio.
`,
};

/** The second commit: sql renamed to sql-queries, capstone removed, report moved first, dashboard's skills and hours changed, learn-sql produced, the feedback closed. */
const ALPHA_V2 = {
  'program.yaml': ALPHA_V1['program.yaml'].replace('id: sql\n', 'id: sql-queries\n'),
  'projects.yaml': `projects:
  - id: report
    title: Weekly report
    mission: The director wants a weekly report.
    skills: [dataviz]
    hours: 30
  - id: onboarding
    title: First report
    mission: A manager wants a first report.
    skills: [sql-queries]
    hours: 20
  - id: dashboard
    title: Sales dashboard
    mission: The sales director wants a dashboard.
    skills: [dataviz, sql-queries]
    hours: 60
`,
  'courses.yaml': `${ALPHA_V1['courses.yaml']
    .replace('skills: [sql]\n    status: to-produce', 'skills: [sql-queries]\n    status: existing')
    .trimEnd()}
    status: done
    resolution: The dashboard is now built in Power BI.
`,
};

const program = (id: string, title: string) => ({
  'program.yaml': `program:
  id: ${id}
  title: ${title}
  job: web developer
skills:
  - id: html
    name: Write semantic HTML
projects:
  - id: landing
    title: Landing page
    mission: An agency needs a landing page.
    skills: [html]
    hours: 35
courses:
  - id: learn-html
    title: Learn HTML
    skills: [html]
    months: 4
`,
});

async function writeProgram(root: string, folder: string, files: Record<string, string>): Promise<void> {
  await mkdir(path.join(root, folder), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, folder, name), text);
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });
}

/** A repository with three commits: v1 (alpha, beta), v2 (alpha changed, beta removed, gamma added), then a README only. */
async function makeRepository(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'curriculum-diff-'));
  git(root, 'init', '-q', '-b', 'main');
  await writeProgram(root, 'curricula/alpha', ALPHA_V1);
  await writeProgram(root, 'curricula/beta', program('beta', 'Beta Developer'));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'v1');
  git(root, 'tag', 'v1');
  await writeProgram(root, 'curricula/alpha', ALPHA_V2);
  await rm(path.join(root, 'curricula/beta'), { recursive: true });
  await writeProgram(root, 'curricula/gamma', program('gamma', 'Gamma Developer'));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'v2');
  await writeFile(path.join(root, 'README.md'), 'Programs.\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'readme');
  return root;
}

describe('diff between git revisions', () => {
  let root = '';
  beforeAll(async () => {
    root = await makeRepository();
  });

  test('the Markdown of a pull request: a summary line per program, then figures and changes', async () => {
    const run = await runInProcess(['diff', 'v1', 'HEAD'], { cwd: root });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expectGolden(run.stdout, new URL('./__golden__/diff-v1-head.md', import.meta.url));
  });

  test('json holds every change of the contract, by id', async () => {
    const run = await runInProcess(['diff', 'v1', 'HEAD', '--format', 'json'], { cwd: root });
    const report = JSON.parse(run.stdout);
    expect(report.from).toBe('v1');
    expect(report.to).toBe('HEAD');
    expect(report.programs.map((p: { id: string; status: string }) => `${p.id} ${p.status}`)).toEqual([
      'alpha changed',
      'beta removed',
      'gamma added',
    ]);
    const alpha = report.programs[0];
    expect(Object.keys(alpha)).toEqual(['id', 'status', 'program', 'skills', 'projects', 'courses', 'certificates', 'feedback', 'figures']);
    expect(alpha.skills).toEqual({ added: [], removed: [], renamed: [{ from: 'sql', to: 'sql-queries' }], changed: [] });
    expect(alpha.projects).toEqual({
      added: [],
      removed: ['capstone'],
      renamed: [],
      changed: [
        // A renamed skill is followed: onboarding, which validated sql and now sql-queries, has not changed.
        { id: 'dashboard', skills_added: ['dataviz'], skills_removed: [], hours: [40, 60] },
        { id: 'report', position: [3, 1] },
      ],
    });
    expect(alpha.courses.changed).toEqual([{ id: 'learn-sql', status: ['to-produce', 'existing'] }]);
    expect(alpha.feedback.changed).toEqual([
      { id: 'jury-2026-06-ops', status: ['open', 'done'], resolution: [null, 'The dashboard is now built in Power BI.'] },
    ]);
    // Hours 20+40+30+60 = 150 at 15 a week, then 20+60+30 = 110; learn-sql no longer produced.
    expect(alpha.figures).toEqual({
      skills: [2, 2],
      projects: [4, 3],
      courses: [2, 2],
      learner_hours: [150, 110],
      learner_weeks: [10, 8],
      total_months: [8, 3],
      open_month: [8, 3],
      safe_open_month: [8, 3],
    });
    expect(report.programs[1].projects.removed).toEqual(['landing']);
    expect(report.programs[2].figures.projects).toEqual([null, 1]);
  });

  test('the working tree by default; "No change" and exit 0 when nothing changed, exit 1 with --exit-code when something did', async () => {
    const same = await runInProcess(['diff', 'HEAD', '--exit-code'], { cwd: root });
    expect(same).toMatchObject({ code: 0, stderr: '' });
    expect(same.stdout).toBe('## Curriculum changes from HEAD to the working tree\n\nNo change.\n');
    // A README commit changes no program.
    expect((await runInProcess(['diff', 'HEAD~1', 'HEAD', '--exit-code'], { cwd: root })).code).toBe(0);
    expect((await runInProcess(['diff', 'v1', '--exit-code'], { cwd: root })).code).toBe(1);
    expect((await runInProcess(['diff', 'v1'], { cwd: root })).code).toBe(0);
  });

  test('an uncommitted change shows against HEAD; paths after -- limit the programs', async () => {
    const clone = await mkdtemp(path.join(os.tmpdir(), 'curriculum-diff-clone-'));
    git(clone, 'clone', '-q', root, '.');
    await writeFile(
      path.join(clone, 'curricula/gamma/program.yaml'),
      program('gamma', 'Gamma Developer')['program.yaml'].replace('hours: 35', 'hours: 45'),
    );
    const run = await runInProcess(['diff', 'HEAD', '--format', 'json'], { cwd: clone });
    expect(JSON.parse(run.stdout).programs[0].projects.changed).toEqual([{ id: 'landing', hours: [35, 45] }]);
    const limited = await runInProcess(['diff', 'v1', 'HEAD', '--format', 'json', '--', 'curricula/alpha'], { cwd: clone });
    expect(JSON.parse(limited.stdout).programs.map((p: { id: string }) => p.id)).toEqual(['alpha']);
    // From a subfolder, revisions are read below it, as check reads the current folder.
    const inside = await runInProcess(['diff', 'v1', 'HEAD', '--format', 'json'], { cwd: path.join(clone, 'curricula/alpha') });
    expect(JSON.parse(inside.stdout).programs.map((p: { id: string }) => p.id)).toEqual(['alpha']);
  });

  test('market coverage, from the settings or the flags, is the figure check prints for each version', async () => {
    const postings = path.join(PROJECT_ROOT, 'samples/postings.csv');
    const plain = JSON.parse((await runInProcess(['diff', 'v1', 'HEAD', '--format', 'json'], { cwd: root })).stdout);
    expect(plain.programs[0].figures).not.toHaveProperty('market_coverage');
    const flagged = JSON.parse(
      (await runInProcess(['diff', 'v1', 'HEAD', '--format', 'json', '--market', postings], { cwd: root })).stdout,
    );
    const checked = JSON.parse(
      (await runInProcess(['check', 'curricula', '--format', 'json', '--market', postings], { cwd: root })).stdout,
    );
    const coverage = (id: string) => checked.summary.market.find((m: { program: string }) => m.program === id).coverage;
    const [alpha, beta, gamma] = flagged.programs;
    expect(alpha.figures.market_coverage[1]).toBe(coverage('alpha'));
    // The postings ask for "sql", not "sql-queries": the rename costs coverage, and diff shows it.
    expect(alpha.figures.market_coverage[0]).toBeGreaterThan(alpha.figures.market_coverage[1]);
    // Without the aliases, no posting is titled "web developer": null, as check says.
    expect(gamma.figures.market_coverage).toEqual([null, coverage('gamma')]);
    expect(beta.figures.market_coverage).toEqual([null, null]);
    const settings = await mkdtemp(path.join(os.tmpdir(), 'curriculum-diff-settings-'));
    git(settings, 'clone', '-q', root, '.');
    await cp(postings, path.join(settings, 'postings.csv'));
    await writeFile(path.join(settings, 'curriculum.config.yaml'), 'market:\n  files: [postings.csv]\n');
    const configured = JSON.parse((await runInProcess(['diff', 'v1', 'HEAD', '--format', 'json'], { cwd: settings })).stdout);
    expect(configured.programs.map((p: { figures: { market_coverage: unknown } }) => p.figures.market_coverage)).toEqual(
      flagged.programs.map((p: { figures: { market_coverage: unknown } }) => p.figures.market_coverage),
    );
    expect((await runInProcess(['diff', 'v1', 'HEAD'], { cwd: settings })).stdout).toMatch(
      /\n\| \*\*Market coverage\*\* \| [1-9]\d*% \| \*\*0%\*\* \|\n/,
    );
  });

  test('reads git objects only: no checkout, no worktree, no file left behind', async () => {
    const before = git(root, 'status', '--porcelain', '--ignored');
    await runInProcess(['diff', 'v1', 'HEAD'], { cwd: root });
    expect(git(root, 'status', '--porcelain', '--ignored')).toBe(before);
    expect(git(root, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
  });

  test('a bad revision and too many versions stop with one sentence, exit 2', async () => {
    const bad = await runInProcess(['diff', 'v9'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^curriculum: Revision "v9" does not exist in the git repository at ".+" \(or names no commit\)\.\n$/);
    const blob = await runInProcess(['diff', 'HEAD:README.md'], { cwd: root });
    expect(blob.stderr).toContain('Revision "HEAD:README.md" does not exist');
    const three = await runInProcess(['diff', 'v1', 'HEAD', 'main'], { cwd: root });
    expect(three).toMatchObject({ code: 2, stdout: '' });
    expect(three.stderr).toContain('diff compares two versions, and was given 3 ("v1", "HEAD", "main"); put paths after "--".');
  });

  test('a revision holding a file that is not UTF-8 is named with its file, line and column', async () => {
    const clone = await mkdtemp(path.join(os.tmpdir(), 'curriculum-diff-latin1-'));
    git(clone, 'clone', '-q', root, '.');
    const text = program('gamma', 'Gamma')['program.yaml'].replace('title: Gamma', 'title: Caf\u00e9');
    await writeFile(path.join(clone, 'curricula/gamma/program.yaml'), Buffer.from(text, 'latin1'));
    git(clone, 'commit', '-q', '-am', 'latin1');
    const run = await runInProcess(['diff', 'HEAD~1', 'HEAD'], { cwd: clone });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    const line = text.split('\n').findIndex((row) => row.includes('Caf\u00e9')) + 1;
    const column = text.split('\n')[line - 1]!.indexOf('\u00e9') + 1;
    expect(run.stderr).toBe(
      `curriculum: File "curricula/gamma/program.yaml" at revision "HEAD", line ${line}, column ${column}, is not UTF-8 text (byte 0xE9).\n`,
    );
    // check reports it as the file's yaml-syntax error, at the same place, and checks the other programs.
    const check = await runInProcess(['check', 'curricula', '--format', 'json'], { cwd: clone });
    expect(check).toMatchObject({ code: 1, stderr: '' });
    const { diagnostics } = JSON.parse(check.stdout) as {
      diagnostics: { file: string; line: number; column: number; rule: string; message: string }[];
    };
    expect(diagnostics.some((d) => d.file.startsWith('curricula/alpha/'))).toBe(true);
    expect(diagnostics.filter((d) => d.rule === 'yaml-syntax')).toEqual([
      expect.objectContaining({
        file: 'curricula/gamma/program.yaml',
        line,
        column,
        rule: 'yaml-syntax',
        message: 'The file is not UTF-8 text (byte 0xE9); save it as UTF-8.',
      }),
    ]);
  });

  test('a revision whose program fails the schema is named with its file, line and column', async () => {
    const clone = await mkdtemp(path.join(os.tmpdir(), 'curriculum-diff-broken-'));
    git(clone, 'clone', '-q', root, '.');
    await writeFile(
      path.join(clone, 'curricula/gamma/program.yaml'),
      program('gamma', 'Gamma')['program.yaml'].replace('hours: 35', 'hours: many'),
    );
    git(clone, 'commit', '-q', '-am', 'broken');
    const run = await runInProcess(['diff', 'HEAD~1', 'HEAD'], { cwd: clone });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^curriculum: Cannot compare revision "HEAD": .+ \("curricula\/gamma\/program\.yaml", line 13, column 12\); curriculum check shows every problem\.\n$/,
    );
  });
});

describe('diff between folders', () => {
  test('a folder without programs, or without a path after --, is named in the message, not "."', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'curriculum-diff-empty-'));
    await mkdir(path.join(root, 'empty'));
    await writeProgram(root, 'new/alpha', ALPHA_V1);
    expect(await runInProcess(['diff', 'empty', 'new'], { cwd: root })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'curriculum: No program found in folder "empty": a program folder holds a program.yaml.\n',
    });
    expect(await runInProcess(['diff', 'new', 'empty', '--', 'alpha'], { cwd: root })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'curriculum: Path "alpha" does not exist in folder "empty".\n',
    });
  });

  test('compares two folders outside git, as it compares revisions', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'curriculum-diff-folders-'));
    await writeProgram(root, 'old/alpha', ALPHA_V1);
    await writeProgram(root, 'new/alpha', ALPHA_V2);
    const run = await runInProcess(['diff', 'old', 'new', '--format', 'json'], { cwd: root });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ from: 'old', to: 'new' });
    expect(report.programs[0].skills.renamed).toEqual([{ from: 'sql', to: 'sql-queries' }]);
    expect(report.programs[0].projects.removed).toEqual(['capstone']);
  });

  test('certificates: matched by id, renamed by title, their projects followed through renames', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'curriculum-diff-certificates-'));
    const certificates = (first: string, title: string) =>
      `certificates:\n  - id: reporting\n    title: ${title}\n    projects: [${first}]\n  - id: dashboards\n    title: Build dashboards\n    projects: [dashboard]\n`;
    await writeProgram(root, 'old/alpha', { ...ALPHA_V1, 'certificates.yaml': certificates('onboarding', 'Report with SQL') });
    const renamed = ALPHA_V1['projects.yaml'].replace('id: onboarding', 'id: first-report');
    const v2 = certificates('first-report', 'Report on a business with SQL').replace('id: dashboards', 'id: dashboarding');
    await writeProgram(root, 'new/alpha', { ...ALPHA_V1, 'projects.yaml': renamed, 'certificates.yaml': v2 });
    const json = await runInProcess(['diff', 'old', 'new', '--format', 'json'], { cwd: root });
    expect(JSON.parse(json.stdout).programs[0].certificates).toEqual({
      added: [],
      removed: [],
      renamed: [{ from: 'dashboards', to: 'dashboarding' }],
      changed: [{ id: 'reporting', title: ['Report with SQL', 'Report on a business with SQL'] }],
    });
    const md = await runInProcess(['diff', 'old', 'new'], { cwd: root });
    expect(md.stdout).toContain('certificates: 1 renamed, 1 changed');
    expect(md.stdout).toContain('| certificate changed | `reporting` | title Report with SQL → Report on a business with SQL |');
  });

  test('--out writes the Markdown atomically, and keeps a file diff did not write unless --force', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'curriculum-diff-out-'));
    await writeProgram(root, 'old/alpha', ALPHA_V1);
    // A title made of Markdown: shown as text, never as a table cell, a link or HTML.
    await writeProgram(root, 'new/alpha', {
      ...ALPHA_V1,
      'projects.yaml': ALPHA_V1['projects.yaml'].replace('title: Capstone', 'title: "A | <b>[x](y)</b>"'),
    });
    expect((await runInProcess(['diff', 'old', 'new', '--out', 'diff.md'], { cwd: root })).code).toBe(0);
    const text = await readFile(path.join(root, 'diff.md'), 'utf8');
    expect(text).toContain('| project changed | `capstone` | title Capstone → A \\| \\<b\\>\\[x\\](y)\\</b\\> |\n');
    await writeProgram(root, 'new/alpha', ALPHA_V2);
    expect((await runInProcess(['diff', 'old', 'new', '--out', 'diff.md'], { cwd: root })).code).toBe(0);
    expect(await readFile(path.join(root, 'diff.md'), 'utf8')).toContain('skill renamed');
    await writeFile(path.join(root, 'notes.md'), 'mine\n');
    const refused = await runInProcess(['diff', 'old', 'new', '--out', 'notes.md'], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"notes.md"');
    expect(await readFile(path.join(root, 'notes.md'), 'utf8')).toBe('mine\n');
    expect((await runInProcess(['diff', 'old', 'new', '--out', 'notes.md', '--force'], { cwd: root })).code).toBe(0);
  });

  test('a revision asked for outside git says so, exit 2', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'curriculum-diff-nogit-'));
    await cp(path.join(import.meta.dirname, '../../curricula/web-developer'), path.join(root, 'web-developer'), { recursive: true });
    const run = await runInProcess(['diff', 'HEAD~1'], { cwd: root });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      'curriculum: Folder "." is not in a git repository; compare two folders instead, or run diff inside a clone.\n',
    );
  });
});
