// The executable runs a bundle of the start-up code (scripts/bundle-cli.ts) that loads each
// command's body from dist/ when the command runs: these runs go through the real binary, so
// a class or a registry copied into the bundle instead of shared would show here.
import { describe, expect, it } from 'vitest';
import { runBin } from './run-cli.js';

describe('the bundled executable', () => {
  it("tells a command body's bad-input error as one sentence, exit 2 (not an internal error)", async () => {
    const run = await runBin(['rank-jobs', 'no-such-export.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^curriculum: [^\n]*no-such-export\.csv[^\n]*\n$/);
    expect(run.stderr).not.toContain('Internal error');
  });

  it('shows the help of the command asked for, and every command in the top-level help', async () => {
    const check = await runBin(['help', 'check']);
    expect(check.stdout).toMatch(/^Usage: curriculum check \[options\] \[path\.\.\.\]\n/);
    const top = await runBin(['--help']);
    for (const name of ['check', 'init', 'occupations', 'rank-jobs', 'render', 'schema'])
      expect(top.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('suggests the command meant by a misspelt name', async () => {
    const run = await runBin(['chek']);
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining('(Did you mean check?)') });
  });
});
