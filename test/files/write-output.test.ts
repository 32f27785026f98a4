// writeOutput: atomic over regular files, into devices, and an existing file judged by its ends only.
import { mkdtemp, open, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FileSample, writeOutput } from '../../src/files/write-output.js';

describe('writeOutput', () => {
  it('judges a large existing file by its first and last bytes, without reading it all', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'curriculum-write-'));
    const big = path.join(dir, 'big.txt');
    const handle = await open(big, 'w');
    await handle.truncate(200 * 2 ** 20);
    await handle.close();
    const seen: FileSample[] = [];
    const options = {
      force: false,
      isOwnFile: (sample: FileSample) => {
        seen.push(sample);
        return false;
      },
      shownAs: 'big.txt',
    };
    await expect(writeOutput(big, 'new', options)).rejects.toThrow('File "big.txt" already exists; use --force to overwrite it.');
    expect(seen.map((s) => [s.head.length, s.tail.length, s.size])).toEqual([[65536, 4096, 200 * 2 ** 20]]);
  });

  it('replaces a regular file atomically, leaving no temporary file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'curriculum-write-'));
    await writeFile(path.join(dir, 'out.txt'), 'old');
    await writeOutput(path.join(dir, 'out.txt'), 'new', { force: true, isOwnFile: () => false });
    expect(await readFile(path.join(dir, 'out.txt'), 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['out.txt']);
  });
});
