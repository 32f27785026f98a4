// `curriculum check` end to end: a table of in-process cases, then a few through the built bin.
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../golden.js';
import { PROJECT_ROOT, runBin, runInProcess } from './run-cli.js';

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/cli');
const REPO = path.join(FIXTURES, 'repo');

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'curriculum-check-'));
}

describe('check in-process', () => {
  test('the bundled curricula pass cleanly', async () => {
    const run = await runInProcess(['check', 'curricula/']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/\n✔ No problems found in 2 programs and 1 knowledge map \(\d+ files\)\.\n$/);
    // The repository's curriculum.config.yaml names the sample postings: coverage is measured.
    expect(run.stdout).toMatch(/^Market coverage:\n {2}data-analyst: \d+% of the skill demand of \d+ "data analyst" postings\n/);
  });

  test.each(['stylish', 'json', 'github', 'sarif'])('the %s report of a broken repository matches its golden file', async (format) => {
    const run = await runInProcess(['check', 'programs', '--format', format], { cwd: REPO });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const extension = { stylish: 'txt', json: 'json', github: 'txt', sarif: 'sarif' }[format];
    expectGolden(run.stdout, new URL(`./__golden__/check-repo.${format}.${extension}`, import.meta.url));
  });

  test('json output has the shape PRODUCT.md promises', async () => {
    const run = await runInProcess(['check', 'programs', '--format', 'json'], { cwd: REPO });
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['diagnostics', 'summary']);
    expect(Object.keys(report.diagnostics[0])).toEqual(['rule', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn']);
    expect(report.summary).toMatchObject({ programs: 2, files: 4 });
    expect(report.diagnostics.find((d: { rule: string }) => d.rule === 'unknown-reference')).toEqual({
      rule: 'unknown-reference',
      severity: 'error',
      message: 'Project "sales-report" names unknown skill "sqll"; did you mean "sql"?',
      file: 'programs/analyst/projects.yaml',
      line: 5,
      column: 14,
      endLine: 5,
      endColumn: 18,
    });
  });

  test('warnings alone exit 0, and 1 above --max-warnings', async () => {
    const cwd = path.join(FIXTURES, 'warnings-only');
    expect((await runInProcess(['check'], { cwd })).code).toBe(0);
    expect((await runInProcess(['check', '--max-warnings', '2'], { cwd })).code).toBe(0);
    expect((await runInProcess(['check', '--max-warnings', '1'], { cwd })).code).toBe(1);
  });

  test('--quiet reports errors only', async () => {
    const run = await runInProcess(['check', 'programs', '--quiet', '--format', 'json'], { cwd: REPO });
    const report = JSON.parse(run.stdout);
    expect(report.diagnostics.length).toBeGreaterThan(0);
    expect(report.diagnostics.every((d: { severity: string }) => d.severity === 'error')).toBe(true);
    expect(report.summary.warnings).toBe(0);
  });

  test.each([
    [['check', 'no-such-folder'], /^curriculum: Path "no-such-folder" does not exist\.\n$/],
    [['check', 'test/fixtures/cli/repo/programs/analyst/program.yaml', '--format', 'xml'], /xml/],
    [['check', 'src'], /^curriculum: No program found under "src"/],
    [['check', '--max-warnings', 'many'], /^curriculum: --max-warnings needs a whole number, not "many"\.\n$/],
  ])('%j stops with exit 2 and one sentence', async (args, stderr) => {
    const run = await runInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(stderr);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('--output writes atomically, replaces its own report, and keeps a foreign file without --force', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'report.sarif');
    const first = await runInProcess(['check', 'programs', '--format', 'sarif', '--output', target], { cwd: REPO });
    expect(first).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(await readFile(target, 'utf8')).version).toBe('2.1.0');
    expect((await runInProcess(['check', 'programs', '--format', 'json', '--output', target], { cwd: REPO })).code).toBe(1);

    const foreign = path.join(dir, 'notes.txt');
    await writeFile(foreign, 'my precious notes\n');
    const refused = await runInProcess(['check', 'programs', '--output', foreign], { cwd: REPO });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `curriculum: File "${foreign}" already exists and was not written by curriculum check; use --force to overwrite it.\n`,
    );
    expect(await readFile(foreign, 'utf8')).toBe('my precious notes\n');
    expect((await runInProcess(['check', 'programs', '--output', foreign, '--force'], { cwd: REPO })).code).toBe(1);
    expect(await readFile(foreign, 'utf8')).toContain('unknown-reference');
  });

  test('a 50 MB file stops the command with one sentence', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'huge'));
    await writeFile(path.join(dir, 'huge/program.yaml'), `program:\n  id: huge\n  title: "${'x'.repeat(50 * 1024 * 1024)}"\n`);
    const run = await runInProcess(['check', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^curriculum: .*huge\/program\.yaml.*\n$/);
  });

  test('an alias bomb is reported, not expanded', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'bomb'));
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const previous = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    await writeFile(path.join(dir, 'bomb/program.yaml'), `${levels.join('\n')}\n`);
    const run = await runInProcess(['check', '.', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['yaml-syntax']);
  });

  test('--market measures each program against its job; json carries the coverage in its summary', async () => {
    const cwd = path.join(PROJECT_ROOT, 'test/fixtures/rules/market-gap/invalid');
    const args = ['check', '.', '--market', 'postings.csv', '--aliases', 'aliases.yaml', '--market-threshold', '0.5', '--format', 'json'];
    const run = await runInProcess(args, { cwd });
    const report = JSON.parse(run.stdout);
    expect(report.summary.market).toEqual([
      { program: 'astronaut', job: 'astronaut', postings: 0, coverage: null, gaps: [], uncovered: [] },
      // sql 6 + excel 2 (alias) + tableau 2 (name) + the ESCO URI 1 (ref) of 17 mentions.
      {
        program: 'analyst',
        job: 'data analyst',
        postings: 6,
        coverage: 0.6471,
        gaps: [{ skill: 'python', postings: 3, share: 0.5 }],
        // Whatever the threshold, every skill asked by 10% or more that no project validates.
        uncovered: [
          { skill: 'python', postings: 3, share: 0.5 },
          { skill: 'r', postings: 2, share: 0.3333 },
          { skill: 'gdpr', postings: 1, share: 0.1667 },
        ],
      },
    ]);
    const gaps = report.diagnostics.filter((d: { rule: string }) => d.rule === 'market-gap').map((d: { message: string }) => d.message);
    expect(gaps).toEqual([
      'No posting in the market data is for the job "astronaut"; market coverage cannot be measured (check the job\'s name, or map it with --aliases).',
      'Employers ask for "python" in 50% of the 6 "data analyst" postings, and no project validates it.',
    ]);
  });

  test('--market on a file that does not exist stops with one sentence', async () => {
    const run = await runInProcess(['check', 'curricula/', '--market', 'nowhere.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^curriculum: .*"nowhere\.csv".*\n$/);
  });

  test('`schema` prints the JSON Schema committed in schema/', async () => {
    const run = await runInProcess(['schema']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(await readFile(path.join(PROJECT_ROOT, 'schema/curriculum.schema.json'), 'utf8'));
    expect(JSON.parse(run.stdout).$schema).toBe('http://json-schema.org/draft-07/schema#');
    const config = await runInProcess(['schema', 'config']);
    expect(config.stdout).toBe(await readFile(path.join(PROJECT_ROOT, 'schema/config.schema.json'), 'utf8'));
    const map = await runInProcess(['schema', 'map']);
    expect(map.stdout).toBe(await readFile(path.join(PROJECT_ROOT, 'schema/map.schema.json'), 'utf8'));
  });
});

describe('settings that contradict themselves or name a bad severity', () => {
  test('limits.projects with min above max, and a rule set to an unknown severity, are schema errors at their value', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'p'));
    await writeFile(path.join(dir, 'p/program.yaml'), 'program:\n  id: p\n  title: P\n  job: nurse\n');
    await writeFile(path.join(dir, 'curriculum.config.yaml'), 'limits:\n  projects: { min: 5, max: 2 }\nrules:\n  orphan-course: warnng\n');
    const run = await runInProcess(['check', 'p', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const config = JSON.parse(run.stdout).diagnostics.filter((d: { file: string }) => d.file === 'curriculum.config.yaml');
    expect(config.map((d: { line: number; column: number; message: string }) => [d.line, d.column, d.message])).toEqual([
      [2, 28, 'Field "limits.projects.max" (2) must not be below "limits.projects.min" (5).'],
      [4, 18, 'Field "rules.orphan-course" must be one of "off", "warning", "error", not "warnng"; did you mean "warning"?'],
    ]);
  });
});

describe('schema --out', () => {
  test('writes the schema atomically, replaces its own file, and refuses a file it did not write', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'schema-'));
    const first = await runInProcess(['schema', '--out', 'curriculum.schema.json'], { cwd: dir });
    expect(first).toEqual({ code: 0, stdout: '', stderr: '' });
    const written = await readFile(path.join(dir, 'curriculum.schema.json'), 'utf8');
    expect(written).toBe(await readFile(path.join(PROJECT_ROOT, 'schema/curriculum.schema.json'), 'utf8'));
    expect(await runInProcess(['schema', 'map', '-o', 'curriculum.schema.json'], { cwd: dir })).toMatchObject({ code: 0 });
    expect(await readFile(path.join(dir, 'curriculum.schema.json'), 'utf8')).toContain('"title": "map.yaml"');
    await writeFile(path.join(dir, 'mine.json'), '{ "hand": "written" }\n');
    const refused = await runInProcess(['schema', '--out', 'mine.json'], { cwd: dir });
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: 'curriculum: File "mine.json" already exists and was not written by curriculum schema; use --force to overwrite it.\n',
    });
    expect(await readFile(path.join(dir, 'mine.json'), 'utf8')).toBe('{ "hand": "written" }\n');
    expect(await runInProcess(['schema', '--out', 'mine.json', '--force'], { cwd: dir })).toMatchObject({ code: 0 });
    expect(await readdir(dir)).toEqual(['curriculum.schema.json', 'mine.json']);
  });
});

describe('check through the built bin', () => {
  test('exit 0 on the bundled curricula', async () => {
    const run = await runBin(['check', 'curricula/']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });

  test('exit 1 with the report on stdout, nothing on stderr, no colour when piped', async () => {
    const run = await runBin(['check', 'programs'], { cwd: REPO });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('unknown-reference');
    expect(run.stdout).not.toContain('\u001b[');
  });

  test('FORCE_COLOR colours the report, NO_COLOR wins over it', async () => {
    expect((await runBin(['check', 'programs'], { cwd: REPO, env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    const plain = await runBin(['check', 'programs'], { cwd: REPO, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  test('exit 2 and no stack trace on a path that does not exist', async () => {
    const run = await runBin(['check', 'nowhere']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'curriculum: Path "nowhere" does not exist.\n' });
  });
});
