// readChunks: a file's bytes, full chunks but the last, whether the file is regular or a pipe.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChunks } from '../../src/files/read-chunks.js';
import { PROJECT_ROOT } from '../cli/run-cli.js';

async function chunksOf(file: string, size: number): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of readChunks(file, size)) chunks.push(chunk);
  return chunks;
}

describe('readChunks', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'read-chunks-'));

  it('reads every byte, in full chunks but the last', async () => {
    for (const length of [0, 1, 15, 16, 17, 48, 100]) {
      const bytes = Buffer.from(Array.from({ length }, (_, i) => (i * 7) % 256));
      const file = path.join(dir, `f${length}`);
      writeFileSync(file, bytes);
      const chunks = await chunksOf(file, 16);
      expect(Buffer.concat(chunks).equals(bytes), `length ${length}`).toBe(true);
      expect(chunks.slice(0, -1).every((chunk) => chunk.length === 16)).toBe(true);
      expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
    }
  });

  it('gathers the small reads of a pipe into full chunks', async () => {
    // A process of its own reads its stdin, a pipe from the shell, through /dev/stdin (the built
    // module; the test's process shares its thread pool with other tests' blocking calls). The
    // writer sends 3 x 10 bytes, pausing between them, so that each read returns 10 bytes at most.
    const script = `import { readChunks } from ${JSON.stringify(path.join(PROJECT_ROOT, 'dist/files/read-chunks.js'))};
      const sizes = []; let text = '';
      for await (const chunk of readChunks('/dev/stdin', 16)) { sizes.push(chunk.length); text += Buffer.from(chunk).toString(); }
      console.log(JSON.stringify({ sizes, text }));`;
    const writer = 'for i in 1 2 3; do printf 0123456789; sleep 0.05; done';
    const run = spawn('sh', ['-c', `${writer} | "$NODE" --input-type=module -e "$SCRIPT"`], {
      env: { PATH: process.env.PATH, NODE: process.execPath, SCRIPT: script },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    run.stdout.on('data', (chunk) => (out += chunk));
    await new Promise((resolve) => run.on('exit', resolve));
    expect(JSON.parse(out)).toEqual({ sizes: [16, 14], text: '012345678901234567890123456789' });
  });

  it('fails with the file system error of a missing file', async () => {
    await expect(chunksOf(path.join(dir, 'missing'), 16)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
