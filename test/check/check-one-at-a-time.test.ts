// `check` drops each program once checked: only the text of files with findings is kept for
// code frames, and a duplicate id, found after every program is gone, still gets its frame.
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { runInProcess } from '../cli/run-cli.js';

const PROGRAM = path.resolve(import.meta.dirname, '../../curricula/data-analyst');

async function twoCopies(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'curriculum-one-at-a-time-'));
  await writeFile(path.join(root, 'curriculum.config.yaml'), '# defaults\n');
  await cp(PROGRAM, path.join(root, 'a'), { recursive: true });
  await cp(PROGRAM, path.join(root, 'b'), { recursive: true });
  return root;
}

test('check keeps no program, and only the text of the files with findings', async () => {
  const root = await twoCopies();
  const result = await checkRepository(['.'], { cwd: root });
  expect(result.diagnostics.map((d) => [d.rule, d.file])).toEqual([['duplicate-id', 'b/program.yaml']]);
  expect(result.programs).toEqual([]);
  expect([...result.sources.keys()]).toEqual(['curriculum.config.yaml', 'b/program.yaml']);
  expect(result.summary).toMatchObject({ programs: 2, files: 13 });
  const kept = await checkRepository(['.'], { cwd: root, keepPrograms: true });
  expect(kept.programs).toHaveLength(2);
  expect(kept.sources.size).toBe(13);
});

test('a duplicate id in a file without other findings is shown with its line', async () => {
  const root = await twoCopies();
  const run = await runInProcess(['check', '.'], { cwd: root });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(
    /error {2}The program id "data-analyst" is already used by "a\/program\.yaml"\. {2}duplicate-id\n +\d+ \| {3}id: data-analyst\n/,
  );
});
