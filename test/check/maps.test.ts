// `check` on knowledge maps: found beside programs, courses looked up in the map's repository.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runInProcess } from '../cli/run-cli.js';

describe('check on knowledge maps', () => {
  test('a map checked alone finds the courses of the programs of its repository', async () => {
    const run = await runInProcess(['check', 'curricula/maps/web-development']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    // The map and the repository's settings file.
    expect(run.stdout).toBe('✔ No problems found in 1 knowledge map (2 files).\n');
  });

  test('outside git, the repository of a map is its folder: a program beside it is not found', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'curriculum-check-map-'));
    await mkdir(path.join(dir, 'map'));
    await writeFile(
      path.join(dir, 'map', 'map.yaml'),
      'map:\n  id: m\n  title: M\nconcepts:\n  - id: a\n    name: A\n    courses: [web-developer/git-for-teams]\n',
    );
    const run = await runInProcess(['check', path.join(dir, 'map'), '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.diagnostics).toMatchObject([
      {
        rule: 'unknown-reference',
        message: 'Concept "a" names course "web-developer/git-for-teams" of unknown program "web-developer".',
        line: 7,
        column: 15,
      },
    ]);
    expect(report.summary).toMatchObject({ programs: 0, files: 1, errors: 1, warnings: 0 });
  });
});
