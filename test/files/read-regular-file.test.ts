// readRegularFile: regular files only, bounded by what is read, confined to a folder.
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSize, readRegularFile } from '../../src/files/read-regular-file.js';
import { repositoryRoot } from '../../src/files/repository-root.js';

const limits = { maxBytes: 1024, kind: 'test files' };

describe('readRegularFile', () => {
  it('bounds a file by the bytes it reads, not by the size it reports', async () => {
    // /proc files are regular files that report a size of 0.
    if (!existsSync('/proc/self/status') || statSync('/proc/self/status').size !== 0) return;
    await expect(readRegularFile('/proc/self/status', 'status', { maxBytes: 100, kind: 'test files' })).rejects.toThrow(
      'File "status" is over 100 bytes; test files are limited to 100 bytes.',
    );
  });

  it('reads a link that stays inside the folder, and refuses one that leaves it', async () => {
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'curriculum-read-')));
    await writeFile(path.join(root, 'a.txt'), 'hello');
    await symlink('a.txt', path.join(root, 'b.txt'));
    await symlink('/etc/hostname', path.join(root, 'c.txt'));
    expect((await readRegularFile(path.join(root, 'b.txt'), 'b.txt', { ...limits, confineTo: root })).toString()).toBe('hello');
    const hostname = await realpath('/etc/hostname');
    await expect(readRegularFile(path.join(root, 'c.txt'), 'c.txt', { ...limits, confineTo: root })).rejects.toThrow(
      `Cannot read "c.txt": it leads to "${hostname}", outside the repository "${root}"; curriculum follows links only inside it.`,
    );
    await expect(readRegularFile(path.join(root, 'nope.txt'), 'nope.txt', limits)).rejects.toThrow('Cannot read "nope.txt": no such file.');
    await expect(readRegularFile(root, 'root', limits)).rejects.toThrow('Cannot read "root": it is a folder, not a regular file.');
  });

  it('formats sizes as file managers do', () => {
    expect([100, 2048, 52.4 * 2 ** 20].map(formatSize)).toEqual(['100 bytes', '2 KB', '52.4 MB']);
  });
});

describe('repositoryRoot', () => {
  it('is the nearest folder holding .git, else the folder itself', async () => {
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'curriculum-root-')));
    await mkdir(path.join(root, 'repo', '.git'), { recursive: true });
    await mkdir(path.join(root, 'repo', 'a', 'b'), { recursive: true });
    await mkdir(path.join(root, 'loose'));
    expect(await repositoryRoot(path.join(root, 'repo', 'a', 'b'))).toBe(path.join(root, 'repo'));
    expect(await repositoryRoot(path.join(root, 'loose'))).toBe(path.join(root, 'loose'));
  });
});
