// A failure the code recognises is one sentence; anything else is a bug: "Internal error",
// with its stack under --debug. Both end with exit code 2.
import { Readable, Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { runInProcess } from './run-cli.js';

/** Runs the CLI with a stdin that yields `chunks` as they are: objects where bytes are expected make a bug. */
async function runWithStdin(args: string[], chunks: unknown[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const sink = (onText: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        onText(String(chunk));
        done();
      },
    });
  const io: Io = { stdout: sink(() => {}), stderr: sink((text) => (stderr += text)), stdin: Readable.from(chunks), cwd: '/', env: {} };
  return { code: await main(args, io), stderr };
}

describe('internal errors', () => {
  it('a bug is an internal error, not blamed on the input', async () => {
    const run = await runWithStdin(['rank-jobs', '-'], [{ not: 'bytes' }]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^curriculum: Internal error: .+ \(run again with --debug for details, and please report it\)\.\n$/);
    expect(run.stderr).not.toContain('Cannot read');
  });

  it('--debug shows the stack of an internal error', async () => {
    const run = await runWithStdin(['--debug', 'rank-jobs', '-'], [{ not: 'bytes' }]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^curriculum: \w*Error: /);
    expect(run.stderr).toMatch(/\n {4}at /);
  });

  it('a failure the code recognises is one sentence, even with --debug', async () => {
    const truncated = gzipSync('title\nnurse\n').subarray(0, 12);
    for (const args of [
      ['rank-jobs', '-'],
      ['--debug', 'rank-jobs', '-'],
    ]) {
      const run = await runInProcess(args, { stdin: truncated });
      expect(run).toMatchObject({ code: 2, stderr: 'curriculum: Cannot read "-": the gzip data is truncated.\n' });
    }
  });
});
