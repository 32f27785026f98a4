// A list of thousands of unknown references on one line: `check`'s stylish report must grow
// with the number of problems, not with problems x line length (each frame is a window).
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-cli.js';

/** A program whose one project names `count` unknown skills on a single line. */
async function programWithReferences(count: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'curriculum-long-line-'));
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
  const run = await runInProcess(['check', 'p'], { cwd });
  expect(run.code).toBe(1);
  const lines = run.stdout.split('\n');
  expect(lines.filter((line) => line.includes('unknown-reference'))).toHaveLength(count);
  return { bytes: Buffer.byteLength(run.stdout), longest: Math.max(...lines.map((line) => line.length)), stdout: run.stdout };
}

describe('check on one very long line', () => {
  it('prints a fixed-width frame per problem, so the report grows linearly', async () => {
    const small = await stylishBytes(1000);
    const large = await stylishBytes(2000);
    // Each problem costs its message line and a frame of at most ~120 columns, whatever the line length.
    expect(small.bytes / 1000).toBeLessThan(400);
    expect(large.bytes / 2000).toBeLessThan(400);
    expect(large.bytes / small.bytes).toBeLessThan(2.1);
    expect(large.longest).toBeLessThan(140);
  });

  it('shows the span in its window, the marker under it and an ellipsis where the line is cut', async () => {
    const { stdout } = await stylishBytes(1000);
    const lines = stdout.split('\n');
    const at = lines.findIndex((line) => line.includes('unknown skill "x700"'));
    const [code = '', marker = ''] = lines.slice(at + 1, at + 3);
    expect(code).toMatch(/^ +13 \| ….*…$/);
    const start = marker.indexOf('^');
    expect(code.slice(start, marker.length)).toBe('x700');
  });
});
