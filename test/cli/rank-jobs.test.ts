import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT as projectRoot, runInProcess } from './run-cli.js';

/** These tests are about reading exports, not coding titles: careers are titles (`--taxonomy none`). */
const run = (args: string[], options?: Parameters<typeof runInProcess>[1]) =>
  runInProcess(args[0] === 'rank-jobs' && !args.includes('--taxonomy') ? [...args, '--taxonomy', 'none'] : args, options);

const fixture = (name: string) => `test/fixtures/postings/${name}`;
const skill = (name: string, postings: number, share: number) => ({ skill: name, postings, share });

describe('rank-jobs on small exports', () => {
  it('reads a semicolon, Windows-1252, CRLF export with French headers, and skips a bad row', async () => {
    const result = await run(['rank-jobs', fixture('fr-semicolon.cp1252.csv'), '--format', 'json', '--max-skipped', '0.2']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      postings: 5,
      skipped: 1,
      taxonomy: null,
      level: null,
      coded: null,
      careers: [
        {
          rank: 1,
          title: 'développeur java',
          code: null,
          postings: 3,
          share: 0.6,
          companies: 2,
          growth: null,
          median_age_days: 14,
          median_duration_days: null,
          variants: [{ title: 'développeur java', postings: 3 }],
          skills: [skill('java', 3, 1), skill('spring', 1, 0.3333), skill('sql', 1, 0.3333)],
        },
        {
          rank: 2,
          title: 'analyste de données',
          code: null,
          postings: 2,
          share: 0.4,
          companies: 2,
          growth: null,
          median_age_days: 25,
          median_duration_days: null,
          variants: [{ title: 'analyste de données', postings: 2 }],
          skills: [skill('sql', 2, 1), skill('excel', 1, 0.5), skill('power bi', 1, 0.5)],
        },
      ],
    });
    expect(result.stderr).toBe(
      'Skipped 1 bad record: "test/fixtures/postings/fr-semicolon.cp1252.csv" line 6 (it has 3 fields where the header has 4).\n' +
        'Caveat: 2 of the 2 careers shown have fewer than 30 postings; their shares and growth are unreliable.\n',
    );
  });

  it('reads a tab-separated UTF-16 export with a BOM, with closing dates', async () => {
    const result = await run(['rank-jobs', fixture('en-tab.utf16.tsv'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).careers).toEqual([
      {
        rank: 1,
        title: 'data engineer',
        code: null,
        postings: 3,
        share: 0.75,
        companies: 2,
        growth: null,
        median_age_days: 7,
        median_duration_days: 10,
        variants: [{ title: 'data engineer', postings: 3 }],
        skills: [skill('python', 2, 0.6667), skill('spark', 2, 0.6667), skill('sql', 1, 0.3333)],
      },
      {
        rank: 2,
        title: 'nurse',
        code: null,
        postings: 1,
        share: 0.25,
        companies: 1,
        growth: null,
        median_age_days: 8,
        median_duration_days: null,
        variants: [{ title: 'nurse', postings: 1 }],
        skills: [],
      },
    ]);
  });

  it('reads gzip, bracketed skill lists and a title cut by a newline; stdin gives the same', async () => {
    const expected = {
      postings: 3,
      skipped: 0,
      taxonomy: null,
      level: null,
      coded: null,
      careers: [
        {
          rank: 1,
          title: 'data analyst',
          code: null,
          postings: 3,
          share: 1,
          companies: 3,
          growth: null,
          median_age_days: null,
          median_duration_days: null,
          variants: [{ title: 'data analyst', postings: 3 }],
          skills: [skill('sql', 3, 1), skill('excel', 1, 0.3333), skill('power bi', 1, 0.3333), skill('python', 1, 0.3333)],
        },
      ],
    };
    const gzipped = await run(['rank-jobs', fixture('fr-bracketed.csv.gz'), '--format', 'json']);
    expect(JSON.parse(gzipped.stdout)).toEqual(expected);
    const piped = await run(['rank-jobs', '-', '--format', 'json'], {
      stdin: readFileSync(path.join(projectRoot, fixture('fr-bracketed.csv'))),
    });
    expect(piped.stdout).toBe(gzipped.stdout);
  });

  it('lists as many skills per career as --top-skills says', async () => {
    const result = await run(['rank-jobs', fixture('en-tab.utf16.tsv'), '--top-skills', '1', '--top', '1', '--format', 'json']);
    expect(JSON.parse(result.stdout).careers.map((c: { skills: unknown[] }) => c.skills)).toEqual([[skill('python', 2, 0.6667)]]);
  });

  it('reads the encoding and delimiter named by options', async () => {
    const named = await run([
      'rank-jobs',
      fixture('fr-semicolon.cp1252.csv'),
      '--encoding',
      'cp1252',
      '--delimiter',
      'semicolon',
      '--format',
      'json',
    ]);
    const detected = await run(['rank-jobs', fixture('fr-semicolon.cp1252.csv'), '--format', 'json']);
    expect(named.stdout).toBe(detected.stdout);
    const wrong = await run(['rank-jobs', fixture('fr-semicolon.cp1252.csv'), '--encoding', 'utf-8']);
    expect(wrong).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'curriculum: File "test/fixtures/postings/fr-semicolon.cp1252.csv" has no title column (header: "Intitul\ufffd", "Entreprise", "Comp\ufffdtences", "Date"); name it with --title-column.\n',
    });
  });

  it('adds up several files', async () => {
    const result = await run(['rank-jobs', fixture('fr-bracketed.csv.gz'), fixture('en-tab.utf16.tsv'), '--format', 'json']);
    expect(JSON.parse(result.stdout).careers.map((c: { title: string; postings: number }) => [c.title, c.postings])).toEqual([
      ['data analyst', 3],
      ['data engineer', 3],
      ['nurse', 1],
    ]);
  });

  it('joins a skills table on a posting id', async () => {
    const result = await run([
      'rank-jobs',
      fixture('linkedin-like.csv'),
      '--skills-file',
      fixture('linkedin-like-skills.csv'),
      '--join-column',
      'job_id',
      '--format',
      'json',
    ]);
    expect(JSON.parse(result.stdout).careers).toEqual([
      {
        rank: 1,
        title: 'data analyst',
        code: null,
        postings: 2,
        share: 0.6667,
        companies: 2,
        growth: null,
        median_age_days: null,
        median_duration_days: null,
        variants: [{ title: 'data analyst', postings: 2 }],
        skills: [skill('sql', 2, 1), skill('excel', 1, 0.5)],
      },
      {
        rank: 2,
        title: 'nurse',
        code: null,
        postings: 1,
        share: 0.3333,
        companies: 1,
        growth: null,
        median_age_days: null,
        median_duration_days: null,
        variants: [{ title: 'nurse', postings: 1 }],
        skills: [skill('care', 1, 1)],
      },
    ]);
  });

  it('finds skills in descriptions with a vocabulary', async () => {
    const result = await run([
      'rank-jobs',
      fixture('descriptions.csv'),
      '--vocabulary',
      fixture('vocabulary.yaml'),
      '--job',
      'Data Analyst (H/F)',
      '--format',
      'json',
    ]);
    expect(JSON.parse(result.stdout).careers[0].skills).toEqual([skill('power bi', 2, 1), skill('sql', 2, 1), skill('python', 1, 0.5)]);
  });

  it("prints one career's skills as a YAML skills list", async () => {
    const result = await run(['rank-jobs', fixture('fr-bracketed.csv.gz'), '--job', 'Senior Data Analyst H/F', '--format', 'yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '# Skills of "data analyst" postings: share of its 3 postings asking for each.\nskills:\n' +
        '  - id: sql\n    name: sql\n    market_share: 1\n  - id: excel\n    name: excel\n    market_share: 0.3333\n' +
        '  - id: power-bi\n    name: power bi\n    market_share: 0.3333\n  - id: python\n    name: python\n    market_share: 0.3333\n',
    );
  });

  it('prints a table on a terminal and JSON when piped', async () => {
    const tty = await run(['rank-jobs', fixture('linkedin-like.csv')], { tty: true });
    expect(tty.stdout).toBe(
      'rank  title         postings  share  companies\n   1  data analyst         2  66.7%          2\n   2  nurse                1  33.3%          1\n',
    );
    const piped = await run(['rank-jobs', fixture('linkedin-like.csv')]);
    expect(JSON.parse(piped.stdout).postings).toBe(3);
  });
});

describe('rank-jobs on counted exports', () => {
  it('ranks by the count column, and leaves out a title whose rows all count 0', async () => {
    const csv = 'title;nb_offre\nComptable H/F;3\nComptable;2\nInfirmier;0\nData Analyst;4\n';
    const result = await run(['rank-jobs', '-', '--count-column', 'nb_offre', '--format', 'json'], { stdin: Buffer.from(csv) });
    expect(result.code).toBe(0);
    const ranking = JSON.parse(result.stdout);
    expect(ranking.postings).toBe(9);
    expect(ranking.careers.map((c: { title: string; postings: number }) => [c.title, c.postings])).toEqual([
      ['comptable', 5],
      ['data analyst', 4],
    ]);
  });
});

describe('rank-jobs on files that are not exports', () => {
  it.each([
    ['an xlsx workbook', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml title,skills')])],
    ['an executable', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200)])],
    ['bytes with many control characters', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 1 : 65)))],
  ])('refuses %s in one sentence, without dumping it', async (_name, bytes) => {
    const result = await run(['rank-jobs', '-'], { stdin: bytes });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'curriculum: File "-" is not a CSV or TSV export: it looks binary (a spreadsheet? save it as CSV).\n',
    });
  });
});

describe('rank-jobs on ragged records', () => {
  it('counts one field as one field', async () => {
    const stdin = Buffer.from(`title,skills\n${'data analyst,sql\n'.repeat(40)}nurse\n`);
    const result = await run(['rank-jobs', '-', '--taxonomy', 'none', '--format', 'csv'], { stdin });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Skipped 1 bad record: "-" line 42 (it has 1 field where the header has 2).\n');
  });
});

describe('an export with a header and no posting', () => {
  it('is named on stderr and counts for no taxonomy in the summary line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'curriculum-header-only-'));
    writeFileSync(path.join(dir, 'empty.csv'), 'title,company\n');
    writeFileSync(path.join(dir, 'fr.csv'), 'intitule\nDéveloppeur web\nInfirmier\n');
    const alone = await runInProcess(['rank-jobs', 'empty.csv', '--format', 'csv'], { cwd: dir });
    expect(alone).toMatchObject({ code: 0, stderr: 'File "empty.csv" holds a header and no posting.\n' });
    const both = await runInProcess(['rank-jobs', 'empty.csv', 'fr.csv', '--format', 'csv'], { cwd: dir });
    expect(both.code, both.stderr).toBe(0);
    expect(both.stderr).toContain('File "empty.csv" holds a header and no posting.\n');
    expect(both.stderr).toMatch(/^Occupations \(rome, level rome\): [\d.]+% of 2 postings coded \(rome: "fr.csv"\)\./m);
    // Its header's company column is no reason to show 0 companies for the other file's careers.
    const json = await runInProcess(['rank-jobs', 'empty.csv', 'fr.csv', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout).careers.map((career: { companies: number | null }) => career.companies)).toEqual([null, null]);
  });
});

describe('a header that names a column twice', () => {
  it('reads the first and says so, naming every column of that name', async () => {
    const stdin = Buffer.from('title,company,Title,skills,skills\ndata analyst,A,nurse,sql,excel\n');
    const result = await run(['rank-jobs', '-', '--format', 'csv'], { stdin });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('data analyst');
    expect(result.stdout).not.toContain('nurse');
    expect(result.stderr).toContain(
      'File "-" has several columns named "title" (columns 1, 3), "skills" (columns 4, 5); the first of each is read.\n',
    );
    const once = await run(['rank-jobs', '-', '--format', 'csv'], { stdin: Buffer.from('title,company\ndata analyst,A\n') });
    expect(once.stderr).not.toContain('several columns');
  });
});

describe('count cells that are not whole numbers', () => {
  it("skips hexadecimal, exponents and counts too large to add, and keeps 1 036 and pandas' 12.0", async () => {
    const rows = ['3', '0x10', '1e3', '99999999999999999999', '12.0', '1 036', ...Array(80).fill('1')];
    const stdin = Buffer.from(`title,n\n${rows.map((n) => `nurse,"${n}"`).join('\n')}\n`);
    const result = await run(['rank-jobs', '-', '--count-column', 'n', '--format', 'json'], { stdin });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ postings: 3 + 12 + 1036 + 80, skipped: 3 });
    expect(result.stderr).toContain(
      'Skipped 3 bad records: "-" line 3 (its count "0x10" is not a whole number); "-" line 4 (its count "1e3" is not a whole number); "-" line 5 (its count "99999999999999999999" is too large).\n',
    );
  });
});

describe('a skills file that joins no posting', () => {
  it('says so on stderr, naming both files and the join columns', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'join-'));
    writeFileSync(path.join(dir, 'postings.csv'), 'job_id,title\nA1,nurse\nA2,nurse\n');
    writeFileSync(path.join(dir, 'skills.csv'), 'job_id,skill\nB1,sql\nB2,care\n');
    const args = ['rank-jobs', 'postings.csv', '--skills-file', 'skills.csv', '--join-column', 'job_id', '--format', 'csv'];
    const result = await run(args, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      'No posting of "postings.csv" has a row in skills file "skills.csv" on "job_id": check --join-column.\n',
    );
    writeFileSync(path.join(dir, 'skills.csv'), 'job_id,skill\nA1,sql\nB2,care\n');
    expect((await run(args, { cwd: dir })).stderr).not.toContain('No posting');
  });
});

describe('side files saved by spreadsheets and Windows editors', () => {
  const aliases = 'titles:\n  data analyst: [analyste de données]\n';
  const postings = 'intitulé\nanalyste de données\ndata analyst\n';

  it.each([
    ['Windows-1252', Buffer.from(aliases, 'latin1')],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(aliases, 'utf16le')])],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(aliases)])],
  ])('an alias file in %s is read as exports are, not garbled', async (_name, bytes) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'side-'));
    writeFileSync(path.join(dir, 'aliases.yaml'), bytes);
    writeFileSync(path.join(dir, 'postings.csv'), postings);
    const result = await run(['rank-jobs', 'postings.csv', '--aliases', 'aliases.yaml', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).careers.map((c: { title: string; postings: number }) => [c.title, c.postings])).toEqual([
      ['data analyst', 2],
    ]);
  });

  it('a taxonomy file in UTF-16 and titles on stdin in Windows-1252 are decoded', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'side-'));
    const taxonomy = 'title,code,label\nInfirmière,NUR,Soins infirmiers\n';
    writeFileSync(path.join(dir, 'jobs.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(taxonomy, 'utf16le')]));
    const stdin = Buffer.from('Infirmière\n', 'latin1');
    const result = await run(['occupations', '--taxonomy', 'jobs.csv', '--format', 'csv'], { cwd: dir, stdin });
    expect(result).toEqual({ code: 0, stdout: 'title,code,label,score,method\nInfirmière,NUR,Soins infirmiers,1,exact\n', stderr: '' });
  });
});

describe('rank-jobs failures', () => {
  it.each([
    [['missing.csv'], 'curriculum: Cannot read "missing.csv": no such file.\n'],
    [['test/fixtures'], 'curriculum: Cannot read "test/fixtures": it is a directory.\n'],
    [
      [fixture('plumber.csv'), '--job', 'data analyst'],
      'curriculum: No posting in "test/fixtures/postings/plumber.csv" has the career "data analyst".\n',
    ],
    [
      [fixture('fr-bracketed.csv.gz'), '--job', 'Analyst'],
      'curriculum: No posting in "test/fixtures/postings/fr-bracketed.csv.gz" has the career "analyst"; did you mean "data analyst"?\n',
    ],
    [
      [fixture('descriptions.csv'), '--title-column', 'poste'],
      'curriculum: File "test/fixtures/postings/descriptions.csv" has no column "poste" (header: "title", "description").\n',
    ],
    [[fixture('descriptions.csv'), '--format', 'yaml'], "curriculum: The yaml format lists one career's skills: add --job.\n"],
    [[fixture('descriptions.csv'), '--top', '0'], 'curriculum: --top needs a whole number of at least 1, not "0".\n'],
    [
      [fixture('descriptions.csv'), '--delimiter', '::'],
      'curriculum: The delimiter "::" is not one ASCII character (other than a quote or newline).\n',
    ],
    [
      [fixture('descriptions.csv'), '--skills-file', fixture('linkedin-like-skills.csv')],
      'curriculum: The options --skills-file and --join-column go together.\n',
    ],
    [
      [fixture('linkedin-like.csv'), '--skills-file', fixture('linkedin-like-skills.csv'), '--join-column', 'id'],
      'curriculum: File "test/fixtures/postings/linkedin-like-skills.csv" has no join column "id" (header: "job_id", "skill_abr").\n',
    ],
  ])('rank-jobs %j fails with exit 2', async (args, stderr) => {
    const result = await run(['rank-jobs', ...args]);
    expect(result).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('rank-jobs --out', () => {
  it('writes the file, then refuses to overwrite it without --force', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rank-jobs-'));
    const first = await run(
      ['rank-jobs', path.join(projectRoot, fixture('linkedin-like.csv')), '--format', 'csv', '--out', 'ranking.csv'],
      { cwd: dir },
    );
    const caveat = 'Caveat: 2 of the 2 careers shown have fewer than 30 postings; their shares and growth are unreliable.\n';
    expect(first).toEqual({ code: 0, stdout: '', stderr: caveat });
    expect(readFileSync(path.join(dir, 'ranking.csv'), 'utf8')).toBe(
      'rank,title,postings,share,companies\n1,data analyst,2,0.6667,2\n2,nurse,1,0.3333,1\n',
    );
    writeFileSync(path.join(dir, 'ranking.csv'), 'mine');
    const again = await run(['rank-jobs', path.join(projectRoot, fixture('linkedin-like.csv')), '--out', 'ranking.csv'], { cwd: dir });
    expect(again).toEqual({ code: 2, stdout: '', stderr: 'curriculum: File "ranking.csv" already exists; use --force to overwrite it.\n' });
    expect(readFileSync(path.join(dir, 'ranking.csv'), 'utf8')).toBe('mine');
    const forced = await run(
      ['rank-jobs', path.join(projectRoot, fixture('linkedin-like.csv')), '--format', 'md', '--out', 'ranking.csv', '--force'],
      { cwd: dir },
    );
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'ranking.csv'), 'utf8')).toMatch(/^\| rank \| title \|/);
  });
});
