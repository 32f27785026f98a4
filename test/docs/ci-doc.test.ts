// docs/ci.md shows output the current version really prints: each ```text block that starts
// with a `$ curriculum ...` line is run (from the folder the text names) and compared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT, runInProcess } from '../cli/run-cli.js';

const doc = readFileSync(path.join(PROJECT_ROOT, 'docs/ci.md'), 'utf8');
const examples = [...doc.matchAll(/`(test\/fixtures\/[^`]+)`[^`]*?```text\n\$ curriculum ([^\n]+)\n([\s\S]*?)```/g)];

test('docs/ci.md has examples to check', () => {
  expect(examples.length).toBeGreaterThan(0);
});

test.each(examples.map(([, folder, command, output]) => [command!, folder!, output!]))(
  '"curriculum %s" prints what docs/ci.md shows',
  async (command, folder, output) => {
    const run = await runInProcess(command.split(' '), { cwd: path.join(PROJECT_ROOT, folder) });
    expect(run.stdout).toBe(output);
  },
);
