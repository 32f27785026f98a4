import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { discoverPrograms } from '../../src/load/discover-programs.js';
import { FIXTURES } from './helpers.js';

const relative = (dirs: string[], from: string): string[] => dirs.map((d) => path.relative(from, d).split(path.sep).join('/'));

describe('discoverPrograms', () => {
  const root = path.join(FIXTURES, 'discovery');

  it('finds program folders recursively, sorted, skipping dot-folders', async () => {
    expect(relative(await discoverPrograms(['.'], root), root)).toEqual(['a', 'group/b', 'group/b/extra/c']);
  });

  it('searches the current folder when no path is given', async () => {
    expect(relative(await discoverPrograms([], root), root)).toEqual(['a', 'group/b', 'group/b/extra/c']);
  });

  it('takes a file inside a program folder as that folder, and deduplicates', async () => {
    const found = await discoverPrograms(['a/program.yaml', 'a', './a/', 'group/b/program.yaml'], root);
    expect(relative(found, root)).toEqual(['a', 'group/b']);
    expect(found.every((d) => path.isAbsolute(d))).toBe(true);
  });

  it('searches a dot-folder given explicitly', async () => {
    expect(relative(await discoverPrograms(['.drafts'], root), root)).toEqual(['.drafts/d']);
  });

  it('reports a path that does not exist', async () => {
    await expect(discoverPrograms(['a', 'nope'], root)).rejects.toThrow(new UserError('Path "nope" does not exist.'));
  });

  it('reports paths with no program below them', async () => {
    await expect(discoverPrograms(['empty'], root)).rejects.toThrow(
      new UserError('No program found under "empty": a program folder holds a program.yaml.'),
    );
    await expect(discoverPrograms(['empty/readme.md'], root)).rejects.toBeInstanceOf(UserError);
  });

  describe('with node_modules', () => {
    let temp = '';
    beforeAll(async () => {
      // node_modules is git-ignored, so this tree is built at run time.
      temp = await mkdtemp(path.join(tmpdir(), 'curriculum-discover-'));
      await cp(root, temp, { recursive: true });
      await mkdir(path.join(temp, 'node_modules', 'pkg'), { recursive: true });
      await writeFile(path.join(temp, 'node_modules', 'pkg', 'program.yaml'), 'program: {}\n');
    });
    afterAll(async () => {
      await rm(temp, { recursive: true, force: true });
    });

    it('skips node_modules', async () => {
      expect(relative(await discoverPrograms(['.'], temp), temp)).toEqual(['a', 'group/b', 'group/b/extra/c']);
    });
  });
});
