// An empty path on the command line is an unset shell variable (`curriculum init "$DIR"`), not
// the current folder: every command refuses it in one sentence and writes nothing.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runInProcess } from './run-cli.js';

const PROGRAM = path.join(PROJECT_ROOT, 'curricula/data-analyst');
const POSTINGS = path.join(PROJECT_ROOT, 'samples/postings.csv');

describe('empty paths', () => {
  it.each([
    [['init', '', '--example'], 'The program folder of init is empty (""); give a path ("." for the current folder).'],
    [['init', ' ', '--example'], 'The program folder of init is empty (" "); give a path ("." for the current folder).'],
    [['render', ''], 'The program folder of render is empty (""); give a path ("." for the current folder).'],
    [['render', PROGRAM, '--out', ''], '--out is empty (""); give a file or folder name.'],
    [['check', ''], 'A path given to check is empty (""); give a path ("." for the current folder).'],
    [['diff', ''], 'A version or path given to diff is empty (""); give a git revision or a folder ("." for the current folder).'],
    [['rank-jobs', POSTINGS, '--out', ''], '--out is empty (""); give a file name.'],
    [['occupations', 'nurse', '--out', ''], '--out is empty (""); give a file name.'],
    [['schema', '--out', ''], '--out is empty (""); give a file name.'],
    [['rank-jobs', ''], 'The name of an export is empty (""); give a file, or "-" for standard input.'],
    [['check', PROGRAM, '--market', ''], 'The name of an export is empty (""); give a file, or "-" for standard input.'],
    [['occupations', '--from', ''], '--from is empty (""); give a file, or "-" for standard input.'],
    [['rank-jobs', POSTINGS, '--tension', ''], '--tension is empty (""); give a file, or "-" for standard input.'],
    [['rank-jobs', POSTINGS, '--occupation-map', ''], '--occupation-map is empty (""); give a file name.'],
    [['rank-jobs', POSTINGS, '--aliases', ' '], '--aliases is empty (" "); give a file name.'],
    [['rank-jobs', POSTINGS, '--vocabulary', ''], '--vocabulary is empty (""); give a file name.'],
    [['rank-jobs', POSTINGS, '--skills-file', '', '--join-column', 'id'], '--skills-file is empty (""); give a file name.'],
    [['occupations', 'nurse', '--occupation-map', ''], '--occupation-map is empty (""); give a file name.'],
    [['init', 'p', '--job', 'M1805', '--from', POSTINGS, '--occupation-map', ''], '--occupation-map is empty (""); give a file name.'],
    [['check', PROGRAM, '--market', POSTINGS, '--aliases', ''], '--aliases is empty (""); give a file name.'],
    [['rank-jobs', '-', '-'], 'Standard input ("-") is given more than once; it can be read only once.'],
  ])('%j is refused, and nothing is written in the current folder', async (args, message) => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'empty-path-'));
    const result = await runInProcess(args, { cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `curriculum: ${message}\n` });
    expect(readdirSync(cwd)).toEqual([]);
  });
});
