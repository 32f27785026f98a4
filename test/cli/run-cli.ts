// Runs the CLI in-process (fast, with a fake Io) or through the built bin (real exit codes).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(PROJECT_ROOT, 'bin/curriculum.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdin?: string | Buffer;
  tty?: boolean;
}

export async function runInProcess(args: string[], options: RunOptions = {}): Promise<CliRun> {
  const stdout = capture(options.tty);
  const stderr = capture(options.tty);
  const io: Io = {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    cwd: options.cwd ?? PROJECT_ROOT,
    env: options.env ?? {},
  };
  const code = await main(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

export function runBin(args: string[], options: RunOptions = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? PROJECT_ROOT, env: { PATH: process.env.PATH, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (options.stdin !== undefined) child.stdin?.end(options.stdin);
    else child.stdin?.end();
  });
}

function capture(tty = false) {
  const chunks: Buffer[] = [];
  // Collects synchronously, so everything written is there when `main` resolves.
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  }) as Writable & { isTTY?: boolean };
  stream.isTTY = tty;
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}
