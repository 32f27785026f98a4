// The Parquet reader (hyparquet) is loaded only when a Parquet file is read: `--help` and CSV
// runs never pay for it. A module hook records every module the real bin resolves.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { duckdb, sqlPath } from '../scale/duckdb.js';
import { BIN, PROJECT_ROOT } from './run-cli.js';

const HOOK = path.join(PROJECT_ROOT, 'test/fixtures/hooks/register.mjs');

function modulesLoaded(args: string[]): string[] {
  const log = path.join(mkdtempSync(path.join(tmpdir(), 'imports-')), 'imports.log');
  execFileSync(process.execPath, ['--import', HOOK, BIN, ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, IMPORTS_LOG: log },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  return readFileSync(log, 'utf8').trim().split('\n');
}

describe('loading the Parquet reader', () => {
  it('happens for neither --help nor a CSV run', () => {
    for (const args of [
      ['--help'],
      ['rank-jobs', '--help'],
      ['rank-jobs', 'samples/postings.csv', '--format', 'json', '--top', '1'],
      ['occupations', '--from', 'samples/postings.csv', '--format', 'csv'],
    ]) {
      const loaded = modulesLoaded(args);
      // The hook does see the run: the executable at least (with --import, Node loads even a
      // CommonJS entry through its ES module loader).
      expect(
        loaded.some((url) => url.endsWith('/bin/curriculum.js')),
        args.join(' '),
      ).toBe(true);
      expect(
        loaded.filter((url) => /parquet/i.test(url)),
        args.join(' '),
      ).toEqual([]);
    }
  });

  it('is not copied into the start-up bundle', () => {
    const bundle = readFileSync(path.join(PROJECT_ROOT, 'dist/bundle/curriculum.cjs'), 'utf8');
    expect(bundle).toContain('commander');
    expect(bundle).not.toMatch(/hyparquet|scan-parquet/);
  });

  it('leaves the command bodies bundled: check loads no module of dist/ outside dist/bundle/, and zod from the bundle', () => {
    const loaded = modulesLoaded(['check', 'curricula/']);
    expect(loaded.some((url) => url.includes('/dist/bundle/run-check.js'))).toBe(true);
    const dist = pathToFileURL(path.join(PROJECT_ROOT, 'dist/')).href;
    expect(loaded.filter((url) => url.startsWith(dist) && !url.startsWith(`${dist}bundle/`))).toEqual([]);
    expect(loaded.filter((url) => url.includes('/node_modules/zod/'))).toEqual([]);
  });

  it('happens for a Parquet file (so the hook does see it)', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'lazy-')), 'postings.parquet');
    await duckdb(`COPY (SELECT * FROM read_csv('samples/postings.csv')) TO ${sqlPath(file)} (FORMAT parquet)`);
    const loaded = modulesLoaded(['rank-jobs', file, '--format', 'json', '--top', '1']);
    expect(loaded.some((url) => url.includes('/node_modules/hyparquet/'))).toBe(true);
  });
});
