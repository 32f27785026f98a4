// Golden outputs of every format on the project's sample (CI never rewrites them).
import { describe, expect, it } from 'vitest';
import { runInProcess as run } from './run-cli.js';

const sample = ['samples/postings.csv', '--aliases', 'samples/aliases.yaml'];

describe('rank-jobs golden outputs on samples/postings.csv', () => {
  it.each(['table', 'json', 'csv', 'md'])('ranks careers as %s', async (format) => {
    const result = await run(['rank-jobs', ...sample, '--top', '10', '--format', format]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    await expect(result.stdout).toMatchFileSnapshot(`__golden__/ranking.${format}.txt`);
  });

  it.each(['table', 'json', 'csv', 'md', 'yaml'])('lists the skills of "data analyst" as %s', async (format) => {
    const result = await run(['rank-jobs', ...sample, '--job', 'Data Analyst (H/F)', '--format', format]);
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(`__golden__/data-analyst.${format}.txt`);
  });

  it('ranks by growth', async () => {
    const result = await run(['rank-jobs', ...sample, '--rank-by', 'growth', '--top', '5', '--format', 'table']);
    await expect(result.stdout).toMatchFileSnapshot('__golden__/ranking-by-growth.table.txt');
  });
});
