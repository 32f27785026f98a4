// The pull-request recipe of docs/ci.md works: its `curriculum diff` run line, run by bash as
// the workflow runs it, on a repository built as GitHub builds a pull request's checkout (a
// base branch with several commits, a pull request branch, their merge), gives the comment.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { BIN, PROJECT_ROOT } from '../cli/run-cli.js';

const doc = await readFile(path.join(PROJECT_ROOT, 'docs/ci.md'), 'utf8');
const workflow = /```yaml\n# \.github\/workflows\/curriculum-diff\.yml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
const runLine = /^ {8}run: (curriculum diff .*)$/m.exec(workflow)?.[1];

function program(id: string, hours: number, feedback: string): string {
  return `program:
  id: ${id}
  title: ${id === 'alpha' ? 'Alpha Analyst' : 'Beta Developer'}
  job: data analyst
skills:
  - id: sql
    name: Query databases with SQL
projects:
  - id: report
    title: Weekly report
    mission: The director wants a weekly report.
    skills: [sql]
    hours: ${hours}
courses:
  - id: learn-sql
    title: Learn SQL
    skills: [sql]
feedback:
  - id: jury-2026-06-sql
    date: 2026-06-12
    from: jury
    about: [report]
    text: The report needs window functions.
${feedback}`;
}

const OPEN = '    status: open\n';
const DONE = '    status: done\n    resolution: The report now uses window functions.\n';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });
}

async function commit(cwd: string, files: Record<string, string>, message: string): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(cwd, file)), { recursive: true });
    await writeFile(path.join(cwd, file), text);
  }
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', message);
}

test('docs/ci.md has a diff workflow with a curriculum diff run line', () => {
  expect(runLine).toBe('curriculum diff "origin/$BASE" HEAD --out curriculum-diff.md');
});

test('the run line of the diff workflow comments exactly what the pull request changes', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'curriculum-ci-diff-'));
  const work = path.join(root, 'work');
  await mkdir(work);
  git(work, 'init', '-q', '-b', 'main');
  await commit(work, { 'curricula/alpha/program.yaml': program('alpha', 30, OPEN) }, 'alpha');
  await commit(work, { 'curricula/beta/program.yaml': program('beta', 20, OPEN) }, 'beta');
  git(root, 'clone', '-q', '--bare', work, 'origin.git');
  git(work, 'remote', 'add', 'origin', path.join(root, 'origin.git'));
  // The pull request closes alpha's feedback and adds hours; meanwhile main changes beta.
  git(work, 'checkout', '-q', '-b', 'feedback');
  await commit(work, { 'curricula/alpha/program.yaml': program('alpha', 40, DONE) }, 'close the jury feedback');
  git(work, 'push', '-q', 'origin', 'feedback');
  git(work, 'checkout', '-q', 'main');
  await commit(work, { 'curricula/beta/program.yaml': program('beta', 25, OPEN) }, 'beta takes longer');
  git(work, 'push', '-q', 'origin', 'main');

  // actions/checkout with fetch-depth 0 on pull_request: every branch, the merge checked out.
  const checkout = path.join(root, 'checkout');
  git(root, 'clone', '-q', path.join(root, 'origin.git'), checkout);
  git(checkout, 'checkout', '-q', '--detach', 'origin/main');
  git(checkout, 'merge', '-q', '--no-ff', '-m', 'Merge feedback into main', 'origin/feedback');

  const bin = path.join(root, 'bin');
  await mkdir(bin);
  await symlink(BIN, path.join(bin, 'curriculum'));
  execFileSync('bash', ['-c', runLine ?? 'false'], { cwd: checkout, env: { PATH: `${bin}:${process.env.PATH}`, BASE: 'main' } });
  const comment = await readFile(path.join(checkout, 'curriculum-diff.md'), 'utf8');
  expect(comment.split('\n').slice(0, 4)).toEqual([
    '## Curriculum changes from origin/main to HEAD',
    '',
    '- **alpha** (Alpha Analyst): changed; projects: 1 changed; feedback: 1 changed.',
    '',
  ]);
  expect(comment).toContain('| project changed | `report` | hours 30 → 40 |\n');
  expect(comment).toContain('| feedback item changed | `jury-2026-06-sql` | status open → done; resolution added |\n');
  expect(comment).not.toContain('beta');
  // Nothing else in the checkout: no worktree, no file but the comment.
  expect(git(checkout, 'status', '--porcelain')).toBe('?? curriculum-diff.md\n');
});
