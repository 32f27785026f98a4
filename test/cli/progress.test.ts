import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { createProgress } from '../../src/cli/progress.js';

function ioWith(isTTY: boolean, env: Record<string, string> = {}): { io: Io; written: () => string } {
  let text = '';
  const stderr = Object.assign(
    new Writable({
      write: (chunk, _encoding, done) => {
        text += chunk;
        done();
      },
    }),
    { isTTY },
  );
  const io: Io = { stdout: new Writable(), stderr, stdin: Readable.from([]), cwd: '/', env };
  return { io, written: () => text };
}

describe('createProgress', () => {
  it('shows a progress line on a terminal and erases it at the end', async () => {
    const { io, written } = ioWith(true);
    const progress = createProgress(io, 'rank-jobs', 0, 0);
    progress.advance(5e6);
    progress.done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).toMatch(/^\rrank-jobs: 5 MB read, \d+ MB\/s\x1b\[K\r\x1b\[K$/);
  });

  it.each([
    [false, {}],
    [true, { CI: 'true' }],
  ])('stays silent when stderr is not a terminal or in CI (tty %s)', async (isTTY, env) => {
    const { io, written } = ioWith(isTTY, env);
    const progress = createProgress(io, 'rank-jobs', 0, 0);
    progress.advance(5e6);
    progress.done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).toBe('');
  });
});
