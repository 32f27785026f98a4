// Control characters from users' files (ESC starting colours and OSC 8 hyperlinks, BEL, CR,
// bidi overrides) are shown escaped by every output a terminal or a CI log displays.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess as run } from './run-cli.js';

const RED = '\u001b[31m';
const LINK = '\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007';
const BEL = '\u0007';
const RLO = '\u202e';
/** Anything a terminal would act on rather than print (tab and line feed aside). */
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'curriculum-controls-'));
}

/** Ordinary rows, so the few control characters do not make the export look binary. */
const FILLER = Array.from({ length: 20 }, (_, i) => `nurse,patient care ${i}\n`).join('');

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
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.every((line) => /^::(error|warning) file=p\\x1b\[31mx\/program\.yaml,line=\d+/.test(line))).toBe(true);
    expect(result.stdout).toContain('::Unknown key "\\x1b[31mkey\\x07" in skill "sql"');
  });

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

  it('in commander\'s usage errors, which quote the arguments', async () => {
    const result = await run(['rank-jobs', 'x.csv', '--format', `${RED}x${BEL}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(ACTING);
    expect(result.stderr).toContain("argument '\\x1b[31mx\\x07' is invalid");
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
    expect(job.stdout).toMatch(/^"\\x1b\[31manalyst\\x07 \\u202eevil": 1 postings/);
    expect(job.stderr).toBe('Caveat: "\\x1b[31manalyst\\x07 \\u202eevil" has only 1 postings (fewer than 30); its skill shares are unreliable.\n');
  });
});
