// Attacks from a hostile repository or export (SECURITY.md), each reproduced end to end:
// links and special files in a program folder, outputs onto devices and unrelated files,
// full disks, interrupted writes, config paths that leave the repository.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, PROJECT_ROOT, runBin, runInProcess } from './run-cli.js';

const PROGRAM = `program:
  id: p
  title: P
  job: data analyst
skills:
  - id: sql
    name: SQL
projects:
  - id: one
    title: One
    mission: A mission.
    skills: [sql]
    hours: 10
courses:
  - id: learn-sql
    title: Learn SQL
    skills: [sql]
`;

/** A repository (a folder with `.git`) holding program `P`. */
async function repository(files: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'curriculum-hostile-'));
  await mkdir(path.join(root, '.git'));
  await mkdir(path.join(root, 'P'));
  await writeFile(path.join(root, 'P', 'program.yaml'), PROGRAM);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

/** Runs `mknod`/`mkfifo`; false where the machine does not permit it (then the test skips). */
function make(command: string, ...args: string[]): boolean {
  return spawnSync(command, args).status === 0;
}

describe('item 1: links and special files in a program folder', () => {
  test('a link to /proc/self/environ is refused, and no variable of the environment is printed', async () => {
    const root = await repository();
    await symlink('/proc/self/environ', path.join(root, 'P', 'env.yaml'));
    const run = await runBin(['check', 'P'], { cwd: root, env: { CI_SECRET_TOKEN: 'hunter2-do-not-print' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^curriculum: Cannot read "P\/env\.yaml": it leads to "\/proc\/\d+\/environ", outside the repository ".*"; curriculum follows links only inside it\.\n$/,
    );
    expect(run.stdout + run.stderr).not.toContain('hunter2');
  });

  test('links to /etc/passwd and /dev/zero are refused without reading them', async () => {
    const root = await repository();
    await symlink('/etc/passwd', path.join(root, 'P', 'passwd.yaml'));
    const run = await runInProcess(['check', 'P'], { cwd: root });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('it leads to "/etc/passwd", outside the repository');
    expect(run.stderr).not.toContain('root:');
    const zero = await repository();
    await symlink('/dev/zero', path.join(zero, 'P', 'zero.yaml'));
    expect((await runInProcess(['check', 'P'], { cwd: zero })).stderr).toContain('it leads to "/dev/zero", outside the repository');
  });

  test('a link that stays inside the repository is followed', async () => {
    const root = await repository({ 'shared/extra.yaml': 'skills:\n  - id: excel\n    name: Excel\n' });
    await symlink('../shared/extra.yaml', path.join(root, 'P', 'extra.yaml'));
    const run = await runInProcess(['check', 'P', '--format', 'json'], { cwd: root });
    const rules = JSON.parse(run.stdout).diagnostics.map((d: { rule: string; message: string }) => `${d.rule}: ${d.message}`);
    expect(rules).toContain(`skill-not-validated: Skill "excel" is validated by no project; add it to a project's "skills" or remove it.`);
  });

  test('a FIFO is refused at once instead of hanging', async () => {
    const root = await repository();
    if (!make('mkfifo', path.join(root, 'P', 'pipe.yaml'))) return;
    const run = await runInProcess(['check', 'P'], { cwd: root });
    expect(run).toMatchObject({
      code: 2,
      stderr: 'curriculum: Cannot read "P/pipe.yaml": it is a named pipe (FIFO), not a regular file.\n',
    });
  });

  test('a device inside the repository is refused, not read', async () => {
    const root = await repository();
    if (!make('mknod', path.join(root, 'P', 'zero.yaml'), 'c', '1', '5')) return;
    const run = await runInProcess(['check', 'P'], { cwd: root });
    expect(run).toMatchObject({
      code: 2,
      stderr: 'curriculum: Cannot read "P/zero.yaml": it is a character device, not a regular file.\n',
    });
  });

  test('the settings file, and alias files it names, follow the same rule', async () => {
    const root = await repository();
    await symlink('/etc/hostname', path.join(root, 'curriculum.config.yaml'));
    const run = await runInProcess(['check', 'P'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot read "curriculum.config.yaml": it leads to "/etc/hostname", outside the repository');
    const other = await repository({
      'postings.csv': 'title,skills\ndata analyst,sql\n',
      'curriculum.config.yaml': 'market:\n  files: [postings.csv]\n  aliases: aliases.yaml\n',
    });
    await symlink('/etc/passwd', path.join(other, 'aliases.yaml'));
    expect((await runInProcess(['check', 'P'], { cwd: other })).stderr).toContain(
      'Cannot read "aliases.yaml": it leads to "/etc/passwd", outside the repository',
    );
  });

  test('an alias file given as a flag must still be a regular file', async () => {
    const root = await repository({ 'postings.csv': 'title,skills\ndata analyst,sql\n' });
    const run = await runInProcess(['rank-jobs', 'postings.csv', '--aliases', '/dev/zero'], { cwd: root });
    expect(run).toMatchObject({ code: 2, stderr: 'curriculum: Cannot read "/dev/zero": it is a character device, not a regular file.\n' });
  });

  test('a template that is not UTF-8 is refused with its first bad byte, not rendered garbled', async () => {
    const root = await repository({ 'templates/README.md': 'my templates\n' });
    await writeFile(path.join(root, 'templates', 'outline.md.hbs'), Buffer.from('# {{program.title}}\n\nR\u00e9sum\u00e9\n', 'latin1'));
    const run = await runInProcess(['render', 'P', '--templates', 'templates'], { cwd: root });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain(
      'curriculum: Template "templates/outline.md.hbs", line 3, column 2, is not UTF-8 text (byte 0xE9); save it as UTF-8.\n',
    );
  });

  test('a template linked outside its repository is refused, not ignored', async () => {
    const root = await repository({ 'templates/README.md': 'my templates\n' });
    await symlink('/etc/passwd', path.join(root, 'templates', 'outline.md.hbs'));
    const run = await runInProcess(['render', 'P', '--templates', 'templates'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot read "templates/outline.md.hbs": it leads to "/etc/passwd", outside the repository');
    const inside = await repository({ 'shared/outline.md.hbs': 'Program {{program.title}}\n' });
    await mkdir(path.join(inside, 'templates'));
    await symlink('../shared/outline.md.hbs', path.join(inside, 'templates', 'outline.md.hbs'));
    const rendered = await runInProcess(['render', 'P', '--templates', 'templates'], { cwd: inside });
    expect(rendered.stdout).toContain('Program P');
  });
});

describe('item 2: outputs onto devices and unrelated files', () => {
  test('check -o and rank-jobs --out --force write into a device, which stays a device', async () => {
    const root = await repository({ 'postings.csv': 'title,skills\ndata analyst,sql\n' });
    const device = path.join(root, 'null-device');
    if (!make('mknod', device, 'c', '1', '3')) return;
    expect((await runInProcess(['check', 'P', '-o', device], { cwd: root })).code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect((await runInProcess(['rank-jobs', 'postings.csv', '--out', device, '--force'], { cwd: root })).code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  test('/dev/stdout is written to, and /dev/zero is never read to decide', async () => {
    const root = await repository();
    const run = await runBin(['check', 'P', '-o', '/dev/stdout'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
    expect((await runInProcess(['check', 'P', '-o', '/dev/zero'], { cwd: root })).code).toBe(0);
  });

  test('an empty program file is not taken for an old report', async () => {
    const root = await repository({ 'P/empty.yaml': '' });
    const run = await runInProcess(['check', 'P', '-o', 'P/empty.yaml'], { cwd: root });
    expect(run).toMatchObject({
      code: 2,
      stderr: 'curriculum: File "P/empty.yaml" already exists and was not written by curriculum check; use --force to overwrite it.\n',
    });
    expect(await readFile(path.join(root, 'P', 'empty.yaml'), 'utf8')).toBe('');
  });

  test('a report check wrote is replaced without --force', async () => {
    const root = await repository();
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      expect((await runInProcess(['check', 'P', '-f', format, '-o', `report.${format}`], { cwd: root })).code).toBe(0);
      expect((await runInProcess(['check', 'P', '-f', format, '-o', `report.${format}`], { cwd: root })).code).toBe(0);
    }
  });
});

describe('item 5: nesting hidden from the depth guard', () => {
  test('brackets after a quote inside a block scalar are still counted', async () => {
    const hidden = `program:\n  id: p\n  title: |\n    "\n  job: ${'['.repeat(100_000)}\n`;
    const root = await repository({ 'P/program.yaml': hidden });
    const run = await runInProcess(['check', 'P', '--format', 'json'], { cwd: root });
    const [diagnostic] = JSON.parse(run.stdout).diagnostics;
    expect(diagnostic).toMatchObject({
      rule: 'yaml-syntax',
      message: 'The YAML is nested more than 100 levels deep; a curriculum file needs a few.',
      line: 5,
    });
  });

  test('alias and vocabulary files are bounded in depth', async () => {
    const root = await repository({
      'postings.csv': 'title,skills\ndata analyst,sql\n',
      'aliases.yaml': `titles:\n  a: ${'['.repeat(50_000)}\n`,
    });
    const run = await runInProcess(['rank-jobs', 'postings.csv', '--aliases', 'aliases.yaml'], { cwd: root });
    expect(run).toMatchObject({
      code: 2,
      stderr: 'curriculum: File "aliases.yaml" is nested more than 100 levels deep (line 2); alias and vocabulary files need two.\n',
    });
  });
});

describe('item 14: a full disk', () => {
  test.each([
    ['check', 'P'],
    ['rank-jobs', 'postings.csv', '--format', 'csv'],
  ])('%s > /dev/full exits 2 with one sentence', async (...args) => {
    if (!existsSync('/dev/full')) return;
    const root = await repository({ 'postings.csv': 'title,skills\ndata analyst,sql\n' });
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/(^|\n)curriculum: Cannot write the output: no space left on device\.\n$/);
  });

  test('check -o /dev/full exits 2, not 1', async () => {
    if (!existsSync('/dev/full')) return;
    const root = await repository();
    expect(await runBin(['check', 'P', '-o', '/dev/full'], { cwd: root })).toMatchObject({
      code: 2,
      stderr: 'curriculum: Cannot write "/dev/full": no space left on device.\n',
    });
  });
});

/** Runs a shell script in a private mount namespace with a tmpfs of `kilobytes` at `dir`; undefined where not permitted. */
function withTinyDisk(dir: string, kilobytes: number, script: string): string | undefined {
  const result = spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=${kilobytes}k tmpfs "${dir}" || exit 99\n${script}`], {
    encoding: 'utf8',
  });
  return result.status === 99 || result.error ? undefined : result.stdout;
}

describe('items 15 and 16: writes that fail half-way leave nothing behind', () => {
  test('init on a full disk leaves no partial program and no temporary file; a rerun works', async () => {
    const disk = await mkdtemp(path.join(os.tmpdir(), 'curriculum-disk-'));
    const init = `node "${BIN}" init "${disk}/programs/first" --example`;
    // The example is about 20 KB: a 32 KB disk with 24 KB taken holds part of it only.
    const out = withTinyDisk(
      disk,
      32,
      `mkdir "${disk}/programs"; head -c 24576 /dev/zero > "${disk}/filler"\n${init} 2>&1; echo "exit=$?"; ls -A "${disk}/programs"; echo listed; rm "${disk}/filler"; ${init} >/dev/null 2>&1; ls "${disk}/programs/first"`,
    );
    if (out === undefined) return;
    expect(out).toMatch(
      /^curriculum: Cannot write into "[^"]+": no space left on device\.\nexit=2\nlisted\ncertificates\.yaml\ncourses-external\.yaml\ncourses\.yaml\nfeedback\.yaml\nprogram\.yaml\nprojects\.yaml\n$/,
    );
  });

  test('render into a full disk writes no page at all', async () => {
    const disk = await mkdtemp(path.join(os.tmpdir(), 'curriculum-disk-'));
    const render = `node "${BIN}" render "${PROJECT_ROOT}/curricula" --format html --out "${disk}/site"`;
    const out = withTinyDisk(
      disk,
      40,
      `mkdir "${disk}/site"; head -c 28672 /dev/zero > "${disk}/filler"\n${render} 2>&1; echo "exit=$?"; ls -A "${disk}/site"; echo listed`,
    );
    if (out === undefined) return;
    expect(out).toMatch(/^curriculum: Cannot write into "[^"]+": no space left on device\.\nexit=2\nlisted\n$/);
  });

  test('an interrupted run removes its temporary files and ends by the signal', async () => {
    // The executable's own handler (from the start-up bundle bin/curriculum.js runs), in a process
    // that stops itself while a temporary folder that a command body (dist/) tracks exists.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'curriculum-signal-'));
    const script = `
      import { mkdirSync, writeFileSync } from 'node:fs';
      import { cleanUpOnSignals } from '${path.join(PROJECT_ROOT, 'dist/bundle/curriculum.cjs')}';
      import { trackTemporary } from '${path.join(PROJECT_ROOT, 'dist/files/temporary-paths.js')}';
      cleanUpOnSignals();
      mkdirSync('${dir}/.p.tmp'); writeFileSync('${dir}/.p.tmp/program.yaml', 'x'); trackTemporary('${dir}/.p.tmp');
      process.kill(process.pid, 'SIGINT');
      setTimeout(() => {}, 5000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
    const signal = await new Promise((resolve) => child.on('exit', (_code, received) => resolve(received)));
    expect(signal).toBe('SIGINT');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('items 17 and 18: output names', () => {
  test('an output name ending in a separator is refused by commands that write one file', async () => {
    const root = await repository({ 'postings.csv': 'title,skills\ndata analyst,sql\n' });
    const check = await runInProcess(['check', 'P', '-o', 'slash/'], { cwd: root });
    expect(check).toMatchObject({ code: 2, stderr: 'curriculum: Output "slash/" names a folder (it ends with "/"); give a file name.\n' });
    const rank = await runInProcess(['rank-jobs', 'postings.csv', '--out', 'slash/'], { cwd: root });
    expect(rank.code).toBe(2);
    expect(existsSync(path.join(root, 'slash'))).toBe(false);
    // render takes it for a folder.
    expect((await runInProcess(['render', 'P', '--out', 'site/'], { cwd: root })).code).toBe(0);
    expect((await readdir(path.join(root, 'site'))).sort()).toEqual(['index.md', 'p.md']);
  });

  test('two programs with one id are not rendered over each other', async () => {
    const root = await repository({ 'Q/program.yaml': PROGRAM, 'curriculum.config.yaml': 'rules:\n  duplicate-id: off\n' });
    const run = await runInProcess(['render', '.', '--out', 'site'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /\ncurriculum: Programs "P" and "Q" both have the id "p"; give each its own id to render them to one folder\.\n$/,
    );
    expect(existsSync(path.join(root, 'site'))).toBe(false);
  });
});

describe('item 19: paths in a config file stay inside the repository', () => {
  test.each([['/etc/passwd'], ['../outside.csv']])('market file %s is refused', async (file) => {
    const root = await repository({ 'curriculum.config.yaml': `market:\n  files: [${file}]\n  delimiter: ":"\n` });
    await writeFile(path.join(root, '..', 'outside.csv'), 'title,skills\nroot,x\n');
    const run = await runInProcess(['check', 'P'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(
        `^curriculum: Cannot read "${file.replace(/[./]/g, '\\$&')}": it leads to ".*", outside the repository ".*"; curriculum follows links only inside it \\(market\\.files in "curriculum\\.config\\.yaml"\\)\\.\\n$`,
      ),
    );
    expect(run.stdout).not.toContain('root');
  });

  test("the same file typed as a flag is the user's choice", async () => {
    const root = await repository();
    const elsewhere = await mkdtemp(path.join(os.tmpdir(), 'curriculum-elsewhere-'));
    await writeFile(path.join(elsewhere, 'postings.csv'), 'title,skills\ndata analyst,sql\n');
    const run = await runInProcess(['check', 'P', '--market', path.join(elsewhere, 'postings.csv')], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('p: 100% of the skill demand of 1 "data analyst" posting');
  });
});

describe("yaml's own warnings", () => {
  test('a key that is a list is a schema error at its place, with no Node warning on stderr', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'curriculum-list-key-'));
    await mkdir(path.join(root, 'p'));
    await writeFile(path.join(root, 'p/program.yaml'), `${PROGRAM}? [a, b]\n: 1\n`);
    await writeFile(path.join(root, 'aliases.yaml'), 'titles:\n  ? [a, b]\n  : [c]\n');
    await writeFile(path.join(root, 'postings.csv'), 'title\nnurse\n');
    const check = await runBin(['check', 'p', '--format', 'json'], { cwd: root });
    expect(check).toMatchObject({ code: 1, stderr: '' });
    const unknown = JSON.parse(check.stdout).diagnostics.find((d: { message: string }) => d.message.startsWith('Unknown key "[ a, b ]"'));
    expect(unknown).toMatchObject({ rule: 'schema', file: 'p/program.yaml' });
    const rank = await runBin(['rank-jobs', 'postings.csv', '--aliases', 'aliases.yaml', '--taxonomy', 'none', '--format', 'csv'], {
      cwd: root,
    });
    expect(rank.code).toBe(0);
    expect(rank.stderr).not.toContain('Warning');
  });
});
