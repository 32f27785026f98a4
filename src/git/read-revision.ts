// A revision's files read straight from git objects (ls-tree, then one cat-file --batch):
// no checkout, no worktree, nothing written. git is spawned; no git library.
import { spawn } from 'node:child_process';
import { UserError } from '../errors/user-error.js';

/** The git repository holding a folder. */
export interface GitRepository {
  /** Absolute path of the work tree's top folder. */
  top: string;
  /** The folder relative to `top`, with `/` separators: `""` at the top, else `"sub/dir"`. */
  prefix: string;
}

/** One regular file of a revision's tree. */
export interface TreeFile {
  /** Path from the top of the repository, with `/` separators. */
  path: string;
  object: string;
  /** Bytes. */
  size: number;
}

interface GitRun {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** The repository holding `cwd` (`shown` names it in messages); a UserError outside git. */
export async function openRepository(cwd: string, shown: string): Promise<GitRepository> {
  const run = await git(['rev-parse', '--show-toplevel', '--show-prefix'], cwd);
  if (run.code !== 0) {
    const why = /not a git repository/i.test(run.stderr) ? '' : ` (${firstLine(run.stderr)})`;
    throw new UserError(`Folder "${shown}" is not in a git repository${why}; compare two folders instead, or run diff inside a clone.`);
  }
  const [top = '', prefix = ''] = run.stdout.toString('utf8').split('\n');
  return { top, prefix: prefix.replace(/\/$/, '') };
}

/** The commit `revision` names (anything `git rev-parse` accepts); a UserError when none. */
export async function resolveRevision(repository: GitRepository, revision: string): Promise<string> {
  const run = revision.startsWith('-')
    ? undefined
    : await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], repository.top);
  const commit = run?.code === 0 ? run.stdout.toString('utf8').trim() : '';
  if (!/^[0-9a-f]{40,64}$/.test(commit)) {
    throw new UserError(`Revision "${revision}" does not exist in the git repository at "${repository.top}" (or names no commit).`);
  }
  return commit;
}

/** The regular files (not links or submodules) of `commit` whose path `keep` accepts. */
export async function listFiles(repository: GitRepository, commit: string, keep: (path: string) => boolean): Promise<TreeFile[]> {
  const run = await git(['ls-tree', '-r', '-l', '-z', '--full-tree', commit], repository.top);
  if (run.code !== 0) throw new Error(`git ls-tree failed: ${firstLine(run.stderr)}`);
  const files: TreeFile[] = [];
  for (const entry of run.stdout.toString('utf8').split('\0')) {
    const match = /^(100644|100755) blob ([0-9a-f]+) +(\d+)\t(.*)$/s.exec(entry);
    if (match && keep(match[4] as string)) files.push({ path: match[4] as string, object: match[2] as string, size: Number(match[3]) });
  }
  return files;
}

/** The contents of blobs, in the order asked, through one `git cat-file --batch`. */
export async function readBlobs(repository: GitRepository, objects: readonly string[]): Promise<Buffer[]> {
  if (objects.length === 0) return [];
  const run = await git(['cat-file', '--batch'], repository.top, `${objects.join('\n')}\n`);
  if (run.code !== 0) throw new Error(`git cat-file failed: ${firstLine(run.stderr)}`);
  const blobs: Buffer[] = [];
  let at = 0;
  for (const object of objects) {
    const end = run.stdout.indexOf(10, at);
    const header = /^([0-9a-f]+) blob (\d+)$/.exec(run.stdout.toString('utf8', at, end));
    if (!header || header[1] !== object) throw new Error(`git cat-file gave no blob for ${object}`);
    const size = Number(header[2]);
    blobs.push(run.stdout.subarray(end + 1, end + 1 + size));
    at = end + 1 + size + 1;
  }
  return blobs;
}

function git(args: readonly string[], cwd: string, input?: string): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.quotePath=false', ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new UserError('curriculum diff reads revisions with git, and git is not installed (or not on the PATH).')
          : error,
      );
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    // A child that exits before reading all of stdin (a bad revision) must not crash the write.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

function firstLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')[0]
      ?.replace(/^fatal: /, '')
      .replace(/\.$/, '') || 'git failed'
  );
}
