// `curriculum init` end to end: from the bundled sample postings, and the example.
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT, runInProcess } from './run-cli.js';

const SAMPLE = path.join(PROJECT_ROOT, 'samples/postings.csv');

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'curriculum-init-'));
}

describe('init from market data', () => {
  test("writes the job's most-requested skills, and the result fails check only for missing projects (and the market gaps they leave)", async () => {
    const cwd = await tempDir();
    await copyFile(SAMPLE, path.join(cwd, 'postings.csv'));
    const run = await runInProcess(
      ['init', 'programs/data-analyst', '--job', 'Data Analyst (H/F)', '--from', 'postings.csv', '--top', '5'],
      {
        cwd,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'The program will be checked with the settings of "curriculum.config.yaml", whose market section now reads "postings.csv".\n',
    );
    expect((await readdir(path.join(cwd, 'programs/data-analyst'))).sort()).toEqual(['courses.yaml', 'program.yaml', 'projects.yaml']);
    const program = await readFile(path.join(cwd, 'programs/data-analyst/program.yaml'), 'utf8');
    expect(program).toContain('  id: data-analyst\n  title: Data Analyst\n  job: data analyst\n');
    expect(program).toMatch(
      /^# Program scaffolded by `curriculum init` on \d{4}-\d{2}-\d{2} from \d+ postings for "data analyst" in postings\.csv\.\n/,
    );
    expect(program.match(/^ {2}- id: /gm)).toHaveLength(5);
    expect(program).toMatch(/- id: sql\n {4}name: sql +# edit me\n {4}market_share: 0\.\d+\n/);

    const check = await runInProcess(['check', 'programs', '--format', 'json'], { cwd });
    const rules = new Set(JSON.parse(check.stdout).diagnostics.map((d: { rule: string }) => d.rule));
    expect([...rules].sort()).toEqual(['market-gap', 'project-count', 'skill-not-validated']);
  });

  test('names an occupation by its label: the program records the code, the settings the taxonomy, and check measures the occupation', async () => {
    const cwd = await tempDir();
    for (const name of ['postings.csv', 'job-architecture.csv'])
      await copyFile(path.join(PROJECT_ROOT, 'test/fixtures/occupations', name), path.join(cwd, name));
    const run = await runInProcess(
      ['init', 'nursing', '--job', 'Nursing', '--from', 'postings.csv', '--taxonomy', 'job-architecture.csv'],
      {
        cwd,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const program = await readFile(path.join(cwd, 'nursing/program.yaml'), 'utf8');
    expect(program).toContain('  title: Nursing\n  job: NUR        # Nursing\n');
    expect(program).toMatch(/from 4 postings for "Nursing" in postings\.csv\.\n/);
    expect(await readFile(path.join(cwd, 'curriculum.config.yaml'), 'utf8')).toContain('  taxonomy: job-architecture.csv\n');

    const check = await runInProcess(['check', '--format', 'json'], { cwd });
    const report = JSON.parse(check.stdout);
    expect(report.summary.market).toEqual([expect.objectContaining({ program: 'nursing', job: 'NUR', postings: 4, coverage: 0 })]);
    expect(report.diagnostics.map((d: { message: string }) => d.message)).toContain(
      'Employers ask for "patient care" in 100% of the 4 postings of occupation NUR "Nursing", and no project validates it.',
    );
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
      Number(/from (\d+) postings for "data analyst"/.exec(await readFile(path.join(cwd, dir, 'program.yaml'), 'utf8'))?.[1]);
    expect(await postings('b')).toBeGreaterThan(await postings('a'));
  });

  test('records the market it read, so check and render measure the program the same way with no flag', async () => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, '.git'));
    await copyFile(SAMPLE, path.join(cwd, 'postings.csv'));
    await copyFile(path.join(PROJECT_ROOT, 'samples/aliases.yaml'), path.join(cwd, 'aliases.yaml'));
    await runInProcess(
      ['init', 'programs/analyst', '--job', 'data analyst', '--from', 'postings.csv', '--aliases', 'aliases.yaml', '--top', '4'],
      { cwd },
    );
    expect(await readFile(path.join(cwd, 'curriculum.config.yaml'), 'utf8')).toBe(
      'market:\n  files:\n    - postings.csv\n  aliases: aliases.yaml\n',
    );
    const program = await readFile(path.join(cwd, 'programs/analyst/program.yaml'), 'utf8');
    const postings = Number(/from (\d+) postings/.exec(program)?.[1]);
    const check = JSON.parse((await runInProcess(['check', 'programs/analyst', '--format', 'json'], { cwd })).stdout);
    expect(check.summary.market).toEqual([expect.objectContaining({ program: 'analyst', job: 'data analyst', postings, coverage: 0 })]);
    // A second program in the same repository extends the settings; a setting they already
    // have keeps its value, and init says so.
    await copyFile(path.join(PROJECT_ROOT, 'samples/aliases.yaml'), path.join(cwd, 'other.yaml'));
    const second = await runInProcess(['init', 'programs/second', '--job', 'nurse', '--from', 'postings.csv', '--aliases', 'other.yaml'], {
      cwd,
    });
    expect(second.stderr).toContain(
      'Settings "curriculum.config.yaml" read the market with aliases "aliases.yaml", init used "other.yaml"',
    );
  });

  test('leaves settings that already name the export as they are, byte for byte', async () => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, '.git'));
    await copyFile(SAMPLE, path.join(cwd, 'postings.csv'));
    // As this repository's own settings are written: a flow list, a comment.
    const settings = '# The market of every program.\nmarket:\n  files: [postings.csv]\n  threshold: 0.3\n';
    await writeFile(path.join(cwd, 'curriculum.config.yaml'), settings);
    const run = await runInProcess(['init', 'programs/analyst', '--job', 'data analyst', '--from', 'postings.csv', '--top', '4'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('whose market section now reads "postings.csv"');
    expect(await readFile(path.join(cwd, 'curriculum.config.yaml'), 'utf8')).toBe(settings);
  });

  test('records the skills it was told to leave out, so check leaves them out too', async () => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, '.git'));
    await copyFile(SAMPLE, path.join(cwd, 'postings.csv'));
    await writeFile(path.join(cwd, 'junk.txt'), '# tags of a naive keyword match\npython\n');
    const run = await runInProcess(
      ['init', 'programs/analyst', '--job', 'data analyst', '--from', 'postings.csv', '--exclude-skills', 'sql, excel', '--top', '4'],
      { cwd },
    );
    expect(run.code).toBe(0);
    expect(await readFile(path.join(cwd, 'curriculum.config.yaml'), 'utf8')).toBe(
      'market:\n  files:\n    - postings.csv\n  exclude_skills: [ sql, excel ]\n',
    );
    const program = await readFile(path.join(cwd, 'programs/analyst/program.yaml'), 'utf8');
    expect(program).not.toMatch(/- id: (sql|excel)\n/);
    const check = JSON.parse((await runInProcess(['check', 'programs/analyst', '--format', 'json'], { cwd })).stdout);
    const uncovered = check.summary.market[0].uncovered.map((gap: { skill: string }) => gap.skill);
    expect(uncovered.length).toBeGreaterThan(0);
    expect(uncovered).not.toContain('sql');
    expect(uncovered).not.toContain('excel');
    // A file of skills is recorded by its path, relative to the settings.
    const second = await runInProcess(
      ['init', 'programs/second', '--job', 'data analyst', '--from', 'postings.csv', '--exclude-skills', 'junk.txt'],
      {
        cwd,
      },
    );
    expect(second.stderr).toContain('read the market with exclude_skills "sql,excel", init used "junk.txt"');
  });

  test('records a count table as one, and a taxonomy file relative to the settings, so check reads them as init did', async () => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, '.git'));
    await mkdir(path.join(cwd, 'market'));
    await writeFile(
      path.join(cwd, 'market/counts.csv'),
      'title,skill,company,postings\nNurse,,,40\nNurse,first aid,,30\nNurse,hygiene,,12\nNurse,,St Mary,1\n',
    );
    await writeFile(path.join(cwd, 'market/jobs.csv'), 'title,code,label\nnurse,N1,Nurse\n');
    const programs = path.join(cwd, 'programs');
    await mkdir(programs);
    const run = await runInProcess(
      [
        'init',
        'nurse',
        '--job',
        'N1',
        '--from',
        '../market/counts.csv',
        '--count-column',
        'postings',
        '--count-table',
        '--taxonomy',
        '../market/jobs.csv',
      ],
      { cwd: programs },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(path.join(cwd, 'curriculum.config.yaml'), 'utf8')).toBe(
      'market:\n  files:\n    - market/counts.csv\n  count_column: postings\n  taxonomy: market/jobs.csv\n  count_table: true\n',
    );
    const check = JSON.parse((await runInProcess(['check', 'nurse', '--format', 'json'], { cwd: programs })).stdout);
    expect(check.summary.market).toEqual([expect.objectContaining({ job: 'N1', postings: 40 })]);
  });

  test('an export without skills says so in program.yaml, rather than that no skill reaches 1%', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'titles.csv'), 'title,company\nNurse,St Mary\nNurse,Clinic\n');
    expect((await runInProcess(['init', 'nurse', '--job', 'nurse', '--from', 'titles.csv', '--taxonomy', 'none'], { cwd })).code).toBe(0);
    expect(await readFile(path.join(cwd, 'nurse/program.yaml'), 'utf8')).toContain(
      '  []   # the exports name no skill (no skills column): list the skills yourself, or find them in descriptions with --vocabulary\n',
    );
  });

  test('an export outside the repository cannot be named by its settings, and init says so', async () => {
    const cwd = await tempDir();
    const run = await runInProcess(['init', 'p', '--job', 'data analyst', '--from', SAMPLE], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `"${SAMPLE}" is outside the repository, where settings may not point: check this program with --market "${SAMPLE}", or copy the export inside.\n`,
    );
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

  test('does not add a program to a folder that holds curriculum files under other names', async () => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, 'mine'));
    await writeFile(path.join(cwd, 'mine/x.yaml'), 'program: {id: x, title: X}\n');
    await writeFile(path.join(cwd, 'mine/README.md'), 'notes\n');
    const run = await runInProcess(['init', 'mine', '--example'], { cwd });
    expect(run).toMatchObject({
      code: 2,
      stderr: 'curriculum: Folder "mine" already holds x.yaml; init writes a new program only into a folder without curriculum files.\n',
    });
    expect(await readdir(path.join(cwd, 'mine'))).toEqual(['README.md', 'x.yaml']);
    // A folder holding only other files (a README, the settings) is fine.
    await mkdir(path.join(cwd, 'other'));
    await writeFile(path.join(cwd, 'other/README.md'), 'notes\n');
    expect((await runInProcess(['init', 'other', '--example'], { cwd })).code).toBe(0);
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
    expect(check.stdout).toBe('✔ No problems found in 1 program (6 files).\n');
  });
});

describe('names the file system refuses', () => {
  test('a folder name too long is one sentence, not an internal error, and leaves no temporary folder', async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'curriculum-init-long-'));
    const name = 'a'.repeat(300);
    const run = await runInProcess(['init', name, '--example'], { cwd });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `curriculum: Cannot write into "${name}": the name is too long for the file system.\n`,
    });
    expect(await readdir(cwd)).toEqual([]);
    const out = await runInProcess(['rank-jobs', SAMPLE, '--taxonomy', 'none', '--out', `${name}.csv`], { cwd });
    expect(out).toMatchObject({ code: 2, stdout: '' });
    expect(out.stderr).toBe(`curriculum: Cannot write "${name}.csv": the name is too long for the file system.\n`);
  });
});
