// Runs a command of the built CLI in a child process: wall time and peak RSS.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

export interface Measurement {
  seconds: number;
  peakRssMb: number;
  code: number;
  stdout: string;
}

export function measureCli(args: string[], cwd = ROOT): Promise<Measurement> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['-r', path.join(ROOT, 'bench/peak-rss.cjs'), path.join(ROOT, 'bin/curriculum.js'), ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = /peak-rss-kb=(\d+)/.exec(err);
      if (!rss) return reject(new Error(`no peak RSS reported; stderr: ${err.slice(0, 500)}`));
      resolve({ seconds, peakRssMb: Number(rss[1]) / 1024, code: code ?? -1, stdout: Buffer.concat(out).toString() });
    });
  });
}
