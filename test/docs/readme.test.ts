// README shows output the current version really prints: each ```console block that starts
// with a `$ curriculum ...` line is run in a fresh folder holding the repository's samples,
// its example programs and the worked example's finished program, and its stdout compared.
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT, runInProcess } from '../cli/run-cli.js';

const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```console\n\$ curriculum ([^\n]+)\n([\s\S]*?)```/g)].map(([, command, output]) => ({
  command: command!,
  output: output!,
}));

/**
 * A folder like the one a reader works in: the samples; the example programs with this
 * repository's settings for commands on `curricula/`; the worked example's finished program
 * for its `check` (not for `init`, which creates it).
 */
async function workspace(command: string): Promise<string> {
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'curriculum-readme-'));
  const copy = (from: string, to = from) => cp(path.join(PROJECT_ROOT, from), path.join(cwd, to), { recursive: true });
  await copy('samples');
  if (command.includes('curricula/')) {
    await copy('curricula');
    await copy('curriculum.config.yaml');
  } else if (!command.startsWith('init ')) await copy('test/fixtures/readme/programs', 'programs');
  return cwd;
}

test('README has the worked example and the check example to run', () => {
  expect(examples.map((example) => example.command.split(' ')[0])).toEqual(['rank-jobs', 'init', 'check', 'check']);
});

test.each(examples.map((example) => [example.command, example.output]))(
  '"curriculum %s" prints what README shows',
  async (command, output) => {
    const isInit = command.startsWith('init ');
    const cwd = await workspace(command);
    const run = await runInProcess(command.split(' '), { cwd });
    expect(run.stdout).toBe(output);
    if (isInit) {
      // The program.yaml excerpt: its lines appear in the written file, in order.
      const excerpt = /```yaml\n# (\S+) \(excerpt\)\n([\s\S]*?)```/.exec(readme);
      const written = await readFile(path.join(cwd, excerpt![1]!), 'utf8');
      let from = 0;
      for (const line of excerpt![2]!.split('\n').filter((line) => line !== '' && !line.trimStart().startsWith('# ...'))) {
        const at = written.indexOf(`${line}\n`, from);
        expect(at, `"${line}" in ${excerpt![1]}`).toBeGreaterThanOrEqual(0);
        from = at + line.length;
      }
    }
  },
);
