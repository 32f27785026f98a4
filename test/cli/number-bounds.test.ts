// Numbers out of bounds (issue: infinite numbers): `check` reports them, `render` refuses them at once.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runInProcess } from './run-cli.js';

async function program(production: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'curriculum-bounds-'));
  await writeFile(
    path.join(dir, 'program.yaml'),
    [
      'program:',
      '  id: x',
      '  title: X',
      '  job: x',
      `  production: ${production}`,
      'skills:',
      '  - {id: a, name: A}',
      'projects:',
      '  - {id: p1, title: P, mission: M, skills: [a], hours: 10}',
      'courses:',
      '  - {id: c1, title: C, skills: [a]}',
      '',
    ].join('\n'),
  );
  return dir;
}

describe('numbers out of bounds', () => {
  test('1e308 months and 10000000000 teams are schema errors, with the bounds', async () => {
    const dir = await program('{design_months: 1e308, course_months: 1e308, teams: 10000000000}');
    const run = await runInProcess(['check', dir, '--format', 'json']);
    expect(run.code).toBe(1);
    const messages = JSON.parse(run.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'schema').map((d: { message: string }) => d.message);
    expect(messages).toEqual([
      'Field "production.design_months" of program "x" must be a number greater than 0 and at most 120, not "1e+308".',
      'Field "production.course_months" of program "x" must be a number greater than 0 and at most 120, not "1e+308".',
      'Field "production.teams" of program "x" must be a whole number between 1 and 1000, not "10000000000".',
    ]);
  });

  test('render refuses them and returns instead of looping or failing internally', async () => {
    const dir = await program('{design_months: 1e308, course_months: 1e308, teams: 10000000000}');
    const run = await runInProcess(['render', dir, '--format', 'html']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('must be a number greater than 0 and at most 120, not "1e+308".');
    expect(run.stderr).not.toContain('Internal error');
  });

  test('render draws the largest values the schema accepts', async () => {
    const dir = await program('{design_months: 120, course_months: 120, teams: 1000}');
    const run = await runInProcess(['render', dir, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).timeline.production).toMatchObject({ design_months: 120, teams: 1000, total_months: 240 });
  });
});
