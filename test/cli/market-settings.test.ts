// The market loop, end to end: every market setting from curriculum.config.yaml, each flag
// winning over it; check, render and init showing the same figures; nothing dropped silently.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runInProcess as run } from './run-cli.js';

const PROGRAM = `program: {id: analyst, title: Analyst, job: data analyst}
skills:
  - {id: sql, name: SQL}
  - {id: excel, name: Excel}
projects:
  - {id: one, title: One, mission: M., skills: [sql], hours: 10}
  - {id: two, title: Two, mission: M., skills: [excel], hours: 10}
courses:
  - {id: learn-sql, title: Learn SQL, skills: [sql, excel], status: existing}
`;

/** Six data analyst postings: sql in all, excel in 3, python in 2, c (a junk tag) in 5. */
const POSTINGS = `title,company,skills
Data Analyst,A,sql; excel; c
Data Analyst,B,sql; excel; c
Analyste de données,C,sql; python; c
Data Analyst,D,sql; c
Data Analyst,E,sql; excel; python; c
Data Analyst,F,sql
`;

/** A repository: the program, its postings (also under another header), and settings. */
async function repository(settings: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'curriculum-market-'));
  await mkdir(path.join(root, '.git'));
  await mkdir(path.join(root, 'programs', 'analyst'), { recursive: true });
  await writeFile(path.join(root, 'programs', 'analyst', 'program.yaml'), PROGRAM);
  await writeFile(path.join(root, 'postings.csv'), POSTINGS);
  await writeFile(path.join(root, 'renamed.csv'), POSTINGS.replace('title,company,skills', 'poste_vise,entreprise,competences'));
  await writeFile(path.join(root, 'aliases.yaml'), 'titles:\n  data analyst: [analyste de données]\n');
  await writeFile(path.join(root, 'no-aliases.yaml'), 'titles: {}\n');
  await writeFile(path.join(root, 'junk.txt'), '# tags the board adds to every posting\nc\n');
  await writeFile(path.join(root, 'curriculum.config.yaml'), settings);
  return root;
}

interface Market {
  postings: number;
  coverage: number | null;
  gaps: { skill: string }[];
  uncovered: { skill: string; share: number }[];
}

async function checkMarket(cwd: string, args: string[] = []): Promise<Market> {
  const result = await run(['check', 'programs', '--format', 'json', ...args], { cwd });
  expect(result.code, result.stderr).toBeLessThan(2);
  return JSON.parse(result.stdout).summary.market[0];
}

const BASE = 'market:\n  files: [postings.csv]\n  taxonomy: none\n';

describe('every market setting: from the settings, and each flag winning over it', () => {
  test('threshold', async () => {
    const cwd = await repository(`${BASE}  threshold: 0.9\n`);
    expect((await checkMarket(cwd)).gaps).toEqual([]);
    expect((await checkMarket(cwd, ['--market-threshold', '0.1'])).gaps.map((gap) => gap.skill)).toEqual(['c', 'python']);
  });

  test('files', async () => {
    const cwd = await repository(BASE);
    await writeFile(path.join(cwd, 'other.csv'), 'title,skills\ndata analyst,sql\n');
    expect((await checkMarket(cwd)).postings).toBe(5);
    expect((await checkMarket(cwd, ['--market', 'other.csv'])).postings).toBe(1);
  });

  test('a file the settings name that cannot be read is told with its setting and the settings file', async () => {
    const cwd = await repository('market:\n  files: [nope.csv]\n  taxonomy: none\n');
    for (const [where, shown] of [
      [cwd, 'curriculum.config.yaml'],
      [path.join(cwd, 'programs'), '../curriculum.config.yaml'],
    ] as const) {
      const result = await run(['check', '.'], { cwd: where });
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toBe(`curriculum: Cannot read "nope.csv": no such file (market.files in "${shown}").\n`);
    }
    const aliases = await repository(`${BASE}  aliases: missing-aliases.yaml\n`);
    expect((await run(['check', 'programs'], { cwd: aliases })).stderr).toContain('(market.aliases in "curriculum.config.yaml")');
  });

  test('aliases', async () => {
    const cwd = await repository(`${BASE}  aliases: aliases.yaml\n`);
    expect((await checkMarket(cwd)).postings).toBe(6);
    expect((await checkMarket(cwd, ['--aliases', 'no-aliases.yaml'])).postings).toBe(5);
  });

  test('column names', async () => {
    const cwd = await repository('market:\n  files: [renamed.csv]\n  taxonomy: none\n  title_column: wrong\n');
    expect((await run(['check', 'programs'], { cwd })).stderr).toContain('has no column "wrong"');
    expect((await checkMarket(cwd, ['--title-column', 'poste_vise'])).postings).toBe(5);
  });

  test('exclude_skills, as a list or a file, and --exclude-skills', async () => {
    const listed = await repository(`${BASE}  exclude_skills: [c]\n`);
    expect((await checkMarket(listed)).uncovered.map((skill) => skill.skill)).toEqual(['python']);
    const filed = await repository(`${BASE}  exclude_skills: junk.txt\n`);
    expect((await checkMarket(filed)).uncovered.map((skill) => skill.skill)).toEqual(['python']);
    expect((await checkMarket(filed, ['--exclude-skills', 'python'])).uncovered.map((skill) => skill.skill)).toEqual(['c']);
  });

  test('taxonomy', async () => {
    const cwd = await repository('market:\n  files: [postings.csv]\n  taxonomy: rome\n');
    const byRome = await run(['check', 'programs'], { cwd });
    expect(byRome.stderr).toBe('');
    // A flag wins: --taxonomy none still finds the title "data analyst".
    expect((await checkMarket(cwd, ['--taxonomy', 'none'])).postings).toBe(5);
  });

  test.each([
    [
      'taxonomy: onet\n  level: domain',
      'Level "domain" is not a level of taxonomy "onet"; use one of "soc", "onet", "minor", "major" (market.level',
    ],
    [
      'level: bogus',
      'Level "bogus" is not a level of taxonomy "auto"; use one of "soc", "onet", "minor", "major", "rome", "fiche", "domain", "family" (market.level',
    ],
    ['taxonomy: none\n  level: soc', 'A level needs a taxonomy; taxonomy none groups postings by title (market.level'],
    ['taxonomy: onets', 'The taxonomy "onets" is not auto, onet, rome, none, or a CSV file (title,code,label) (market.taxonomy'],
  ])('a level or taxonomy the settings give wrong is told with its setting and the settings file (%s)', async (settings, message) => {
    const cwd = await repository(`market:\n  files: [postings.csv]\n  ${settings}\n`);
    for (const args of [
      ['check', 'programs'],
      ['init', 'programs/new', '--job', 'data analyst', '--from', 'postings.csv'],
    ]) {
      const result = await run(args, { cwd });
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toBe(`curriculum: ${message} in "curriculum.config.yaml").\n`);
    }
    // Flags win over the settings: the settings' values are then not read.
    expect((await checkMarket(cwd, ['--taxonomy', 'rome', '--level', 'rome'])).postings).toBe(5);
  });

  test('an occupation map needs a taxonomy; --taxonomy none typed once sets aside the level and map of the settings', async () => {
    const contradictory = await repository('market:\n  files: [postings.csv]\n  taxonomy: none\n  occupation_map: map.yaml\n');
    await writeFile(path.join(contradictory, 'map.yaml'), 'data analyst: 15-2051\n');
    expect(await run(['check', 'programs'], { cwd: contradictory })).toMatchObject({
      code: 2,
      stderr:
        'curriculum: An occupation map needs a taxonomy; taxonomy none groups postings by title (market.occupation_map in "curriculum.config.yaml").\n',
    });
    const coded = await repository('market:\n  files: [postings.csv]\n  level: major\n  occupation_map: map.yaml\n');
    await writeFile(path.join(coded, 'map.yaml'), 'data analyst: 15-2051\n');
    expect((await checkMarket(coded, ['--taxonomy', 'none'])).postings).toBe(5);
    const typed = await run(['rank-jobs', 'postings.csv', '--taxonomy', 'none', '--occupation-map', 'map.yaml'], { cwd: coded });
    expect(typed).toMatchObject({
      code: 2,
      stderr: 'curriculum: --occupation-map needs a taxonomy; --taxonomy none groups postings by title.\n',
    });
  });
});

/** POSTINGS as the scale pipeline's count table (docs/scale.md): rows of postings, companies and skills. */
const COUNTS = `title,company,skill,postings
Data Analyst,,,5
Analyste de données,,,1
${['A', 'B', 'D', 'E', 'F'].map((company) => `Data Analyst,${company},,1`).join('\n')}
Analyste de données,C,,1
Data Analyst,,sql,5
Data Analyst,,excel,3
Data Analyst,,c,4
Data Analyst,,python,1
Analyste de données,,sql,1
Analyste de données,,python,1
Analyste de données,,c,1
`;

describe('count tables from the settings', () => {
  test('count_table with count_column measures a program as the postings it was counted from do', async () => {
    const root = await repository(BASE);
    await writeFile(path.join(root, 'counts.csv'), COUNTS);
    const direct = await checkMarket(root);
    const counted = await checkMarket(root, ['--market', 'counts.csv', '--count-column', 'postings', '--count-table']);
    expect(counted).toEqual(direct);
    expect(direct).toMatchObject({ postings: 5, gaps: [{ skill: 'c' }] });
    await writeFile(
      path.join(root, 'curriculum.config.yaml'),
      'market:\n  files: [counts.csv]\n  taxonomy: none\n  count_column: postings\n  count_table: true\n',
    );
    expect(await checkMarket(root)).toEqual(direct);
  });
});

describe('one coverage for check and render', () => {
  test.each([
    ['from the settings', `${BASE}  aliases: aliases.yaml\n`, []],
    ['from flags', 'rules: {}\n', ['--market', 'postings.csv', '--aliases', 'aliases.yaml', '--taxonomy', 'none']],
  ])('%s, render gives the figures check gives', async (_name, settings, flags) => {
    const cwd = await repository(settings);
    const fromCheck = await checkMarket(cwd, flags);
    const render = await run(['render', 'programs/analyst', '--format', 'json', ...flags], { cwd });
    expect(JSON.parse(render.stdout).market).toEqual({ ...fromCheck });
    // sql 6 + excel 3 of 6 + 3 + 2 (python) + 5 (c) = 16 mentions.
    expect(fromCheck).toMatchObject({ postings: 6, coverage: 0.5625 });
  });

  test('sarif carries the market figures in the properties of its run', async () => {
    const cwd = await repository(BASE);
    const sarif = JSON.parse((await run(['check', 'programs', '--format', 'sarif'], { cwd })).stdout);
    expect(sarif.runs[0].properties.market).toEqual([await checkMarket(cwd)]);
  });

  test('stylish and github list the skills asked by 10% or more that no project validates', async () => {
    const cwd = await repository(BASE);
    for (const format of ['stylish', 'github']) {
      const result = await run(['check', 'programs', '--format', format], { cwd });
      expect(result.stdout).toContain(
        '  analyst: 62% of the skill demand of 5 "data analyst" postings\n    asked by 10% or more, validated by no project: c (80%), python (20%)\n',
      );
    }
  });
});

describe('nothing silent', () => {
  const BAD = `title,skills\nData Analyst,sql\n${'Data, Analyst,sql\n'.repeat(3)}${'Data Analyst,excel\n'.repeat(16)}`;

  test('more than 5% of records unreadable stops the reading with the count and the first three reasons', async () => {
    const cwd = await repository(BASE);
    await writeFile(path.join(cwd, 'bad.csv'), BAD);
    const result = await run(['rank-jobs', 'bad.csv', '--taxonomy', 'none'], { cwd });
    expect(result).toMatchObject({
      code: 2,
      stderr:
        'curriculum: 3 of the 20 records of "bad.csv" cannot be read, more than 5%: line 3 (it has 3 fields where the header has 2), line 4 (it has 3 fields where the header has 2), line 5 (it has 3 fields where the header has 2); check --delimiter and --encoding, or allow more with --max-skipped.\n',
    });
    const allowed = await run(['rank-jobs', 'bad.csv', '--taxonomy', 'none', '--max-skipped', '0.2', '--format', 'json'], { cwd });
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toMatch(/^Skipped 3 bad records: /);
  });

  test('a side table given as postings is told, with the options that read it', async () => {
    const cwd = await repository(BASE);
    const rows = Array.from({ length: 300 }, (_, i) => `job ${i % 20},company ${i % 20},skill ${i}`);
    await writeFile(path.join(cwd, 'job_skills.csv'), `job_title,company_name,job_skill\n${rows.join('\n')}\n`);
    const result = await run(['rank-jobs', 'job_skills.csv', '--taxonomy', 'none', '--format', 'json'], { cwd });
    expect(result.stderr).toContain(
      'File "job_skills.csv" looks like a side table of skills: its first 300 rows hold 20 title and company pairs, one skill per row, so each skill counts as a posting. If so, read the postings file with --skills-file "job_skills.csv" --join-column "job_title,company_name" (the skills column here is "job_skill").',
    );
  });

  test('--exclude-skills drops junk tags from rank-jobs', async () => {
    const cwd = await repository(BASE);
    const result = await run(
      ['rank-jobs', 'postings.csv', '--taxonomy', 'none', '--job', 'data analyst', '--exclude-skills', 'c,python', '--format', 'csv'],
      { cwd },
    );
    expect(result.stdout).toBe('skill,postings,share\nsql,5,1\nexcel,3,0.6\n');
  });

  test('plurals are right', async () => {
    const cwd = await repository(BASE);
    await writeFile(path.join(cwd, 'one.csv'), 'title,company\nplumber,A\n');
    const result = await run(['rank-jobs', 'one.csv', '--taxonomy', 'none', '--job', 'plumber', '--format', 'table'], { cwd });
    expect(result.stdout).toMatch(/^"plumber": 1 posting \(rank 1, 100\.0% of 1 posting, 1 company\)\./);
  });
});

describe('small things a newcomer trips over', () => {
  test('--version and -V print the version of package.json', async () => {
    const { version } = JSON.parse(
      await (await import('node:fs/promises')).readFile(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    );
    for (const flag of ['--version', '-V']) expect(await run([flag])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  test('every command writes its output with -o/--out; check still takes --output, hidden', async () => {
    const cwd = await repository(BASE);
    for (const args of [
      ['check', 'programs', '-o', 'a.txt'],
      ['check', 'programs', '--output', 'b.txt'],
      ['rank-jobs', 'postings.csv', '-o', 'c.json'],
      ['occupations', 'nurse', '-o', 'd.json'],
      ['render', 'programs/analyst', '-o', 'e.md'],
    ]) {
      expect((await run(args, { cwd })).code, args.join(' ')).toBeLessThan(2);
    }
    const help = await run(['check', '--help']);
    expect(help.stdout).toContain('-o, --out <file>');
    expect(help.stdout).not.toContain('--output');
  });

  test('--job with no exact match suggests the closest careers first', async () => {
    const result = await run(['rank-jobs', 'samples/postings.csv', '--job', 'data enginer', '--taxonomy', 'none']);
    expect(result.stderr).toBe(
      'curriculum: No posting in "samples/postings.csv" has the career "data enginer"; did you mean "data engineer", "data analyst", "data scientist"?\n',
    );
  });
});
