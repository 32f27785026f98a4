// The repository a path belongs to: the boundary that links in it may not cross.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The real path of the nearest folder from `dir` up that holds `.git` (a folder, or a file
 * in a worktree); without one, the real path of `dir` itself. `dir` must exist.
 */
export async function repositoryRoot(dir: string): Promise<string> {
  const start = await realpath(dir);
  for (let current = start; ; current = path.dirname(current)) {
    if (
      await stat(path.join(current, '.git')).then(
        () => true,
        () => false,
      )
    )
      return current;
    if (path.dirname(current) === current) return start;
  }
}
