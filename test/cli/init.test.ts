// `curriculum init` end to end: from the bundled sample postings, and the example.
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT, runInProcess } from './run-cli.js';

const SAMPLE = path.join(PROJECT_ROOT, 'samples/postings.csv');

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'curriculum-init-'));
}

describe('init from market data', () => {
  test("writes the job's most-requested skills, and the result fails check only for missing projects", async () => {
    const cwd = await tempDir();
    const run = await runInProcess(['init', 'programs/data-analyst', '--job', 'Data Analyst (H/F)', '--from', SAMPLE, '--top', '5'], {
      cwd,
    });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect((await readdir(path.join(cwd, 'programs/data-analyst'))).sort()).toEqual(['courses.yaml', 'program.yaml', 'projects.yaml']);
    const program = await readFile(path.join(cwd, 'programs/data-analyst/program.yaml'), 'utf8');
    expect(program).toContain('  id: data-analyst\n  title: Data Analyst\n  job: data analyst\n');
    expect(program.match(/^ {2}- id: /gm)).toHaveLength(5);
    expect(program).toMatch(/- id: sql\n {4}name: sql +# edit me\n {4}market_share: 0\.\d+\n/);

    const check = await runInProcess(['check', 'programs', '--format', 'json'], { cwd });
    const rules = new Set(JSON.parse(check.stdout).diagnostics.map((d: { rule: string }) => d.rule));
    expect([...rules].sort()).toEqual(['project-count', 'skill-not-validated']);
  });

  test('matches the sample alias file, so French and English titles count as one job', async () => {
    const cwd = await tempDir();
    const plain = await runInProcess(['init', 'a', '--job', 'data analyst', '--from', SAMPLE], { cwd });
    const aliased = await runInProcess(
      ['init', 'b', '--job', 'data analyst', '--from', SAMPLE, '--aliases', path.join(PROJECT_ROOT, 'samples/aliases.yaml')],
      { cwd },
    );
    expect(plain.code + aliased.code).toBe(0);
    const postings = async (dir: string) =>
      Number(/from (\d+) "data analyst" postings/.exec(await readFile(path.join(cwd, dir, 'program.yaml'), 'utf8'))?.[1]);
    expect(await postings('b')).toBeGreaterThan(await postings('a'));
  });

  test('never overwrites an existing program', async () => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, 'mine'));
    await writeFile(path.join(cwd, 'mine/program.yaml'), 'program: {}\n');
    const run = await runInProcess(['init', 'mine', '--job', 'data analyst', '--from', SAMPLE], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`curriculum: "${path.join('mine', 'program.yaml')}" already exists; init never overwrites a program.\n`);
    expect(await readFile(path.join(cwd, 'mine/program.yaml'), 'utf8')).toBe('program: {}\n');
    expect(await readdir(path.join(cwd, 'mine'))).toEqual(['program.yaml']);
  });

  test.each([
    [['init', 'x', '--job', 'astronaut', '--from', SAMPLE], /^curriculum: No posting in ".*postings\.csv" has the career "astronaut"/],
    [['init', 'x', '--job', 'data analyst'], /^curriculum: Tell init where the program comes from/],
    [
      ['init', 'x', '--example', '--job', 'data analyst', '--from', SAMPLE],
      /^curriculum: Use either --example or --job with --from, not both\.\n$/,
    ],
    [['init', '¡¿!', '--example'], /^curriculum: Cannot make a program id of the folder name "¡¿!"; name it in kebab-case\.\n$/],
  ])('%j stops with one sentence, writing nothing', async (args, stderr) => {
    const cwd = await tempDir();
    const run = await runInProcess(args, { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(stderr);
    expect(await readdir(cwd)).toEqual([]);
  });
});

test('a folder name is kebab-cased into the program id', async () => {
  const cwd = await tempDir();
  expect((await runInProcess(['init', 'Data Analyst (Lyon)', '--example'], { cwd })).code).toBe(0);
  expect(await readFile(path.join(cwd, 'Data Analyst (Lyon)/program.yaml'), 'utf8')).toMatch(/^ {2}id: data-analyst-lyon$/m);
});

describe('init --example', () => {
  test('writes the complete example program under the folder name, and it passes check', async () => {
    const cwd = await tempDir();
    const run = await runInProcess(['init', 'my-program', '--example'], { cwd });
    expect(run.code).toBe(0);
    const program = await readFile(path.join(cwd, 'my-program/program.yaml'), 'utf8');
    expect(program).toMatch(/^program:\n {2}id: my-program\n/m);
    const check = await runInProcess(['check', '.'], { cwd });
    expect(check).toMatchObject({ code: 0, stderr: '' });
    expect(check.stdout).toBe('✔ No problems found in 1 program (4 files).\n');
  });
});
