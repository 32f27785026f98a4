// An Io whose streams are strings, to run the CLI in-process.
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

class StringSink extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], options: { stdin?: Buffer; tty?: boolean; cwd?: string } = {}): Promise<RunResult> {
  const stdout = new StringSink(options.tty);
  const stderr = new StringSink(options.tty);
  const io: Io = { stdout, stderr, stdin: Readable.from(options.stdin ? [options.stdin] : []), cwd: options.cwd ?? projectRoot, env: {} };
  const code = await main(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
