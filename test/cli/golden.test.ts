// Golden outputs of every format on the project's sample (CI never rewrites them).
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../golden.js';
import { runInProcess as run } from './run-cli.js';

/** Careers as titles, as before occupations (the aliases merge their variants by hand). */
const sample = ['samples/postings.csv', '--aliases', 'samples/aliases.yaml', '--taxonomy', 'none'];

describe('rank-jobs golden outputs on samples/postings.csv', () => {
  it.each(['table', 'json', 'csv', 'md'])('ranks careers as %s', async (format) => {
    const result = await run(['rank-jobs', ...sample, '--top', '10', '--format', format]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expectGolden(result.stdout, new URL(`./__golden__/ranking.${format}.txt`, import.meta.url));
  });

  it.each(['table', 'json', 'csv', 'md', 'yaml'])('lists the skills of "data analyst" as %s', async (format) => {
    const result = await run(['rank-jobs', ...sample, '--job', 'Data Analyst (H/F)', '--format', format]);
    expect(result.code).toBe(0);
    expectGolden(result.stdout, new URL(`./__golden__/data-analyst.${format}.txt`, import.meta.url));
  });

  it('ranks by growth', async () => {
    const result = await run(['rank-jobs', ...sample, '--rank-by', 'growth', '--top', '5', '--format', 'table']);
    expectGolden(result.stdout, new URL('./__golden__/ranking-by-growth.table.txt', import.meta.url));
  });
});

describe('rank-jobs golden outputs by occupation (--taxonomy auto)', () => {
  it.each(['table', 'json', 'csv', 'md'])('ranks occupations as %s', async (format) => {
    const result = await run(['rank-jobs', 'samples/postings.csv', '--top', '8', '--format', format]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^Occupations \(rome, level rome\): \d+\.\d% of 5000 postings coded \(rome: "samples\/postings\.csv"\)\. Uncoded titles are ranked as they are\.\n$/,
    );
    expectGolden(result.stdout, new URL(`./__golden__/occupations.${format}.txt`, import.meta.url));
  });

  it.each(['table', 'json', 'md'])('lists the skills of occupation M1403 as %s', async (format) => {
    const result = await run(['rank-jobs', 'samples/postings.csv', '--job', 'm1403', '--format', format]);
    expect(result.code).toBe(0);
    expectGolden(result.stdout, new URL(`./__golden__/occupation-m1403.${format}.txt`, import.meta.url));
  });
});
