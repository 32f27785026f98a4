// A count table (docs/scale.md) read with --count-table: rows of postings, of companies and of
// skills, each counted for what it is, worked by hand on a small table.
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-cli.js';

const TABLE = [
  'title,date_posted,company,skill,postings',
  'Nurse,2024-01-10,,,10',
  'Nurse,2024-03-20,,,30',
  'Nurse,,,,5',
  'Nurse,,St Mary,,12',
  'Nurse,, st mary ,,3',
  'Nurse,,Clinic,,30',
  'Nurse,,,first aid,40',
  'Nurse,,,"c, c++",1',
  'Nurse,,,First Aid,2',
  'Cook,2024-02-01,,,6',
  'Cook,,Diner,,6',
  'Cook,,,knife skills,6',
  'Ghost,,Nobody,,4',
  'Ghost,,,sql,4',
].join('\n');

const rank = (...args: string[]) =>
  runInProcess(['rank-jobs', '-', '--taxonomy', 'none', '--format', 'json', '--top-skills', '10', ...args], {
    stdin: Buffer.from(TABLE),
  });

describe('rank-jobs --count-table', () => {
  it('counts postings from the rows without skill or company, companies once each, skills as counted', async () => {
    const result = await rank('--count-column', 'postings', '--count-table');
    expect(result.code, result.stderr).toBe(0);
    const ranking = JSON.parse(result.stdout);
    // 10 + 30 + 5 nurses and 6 cooks; the ghost has companies and skills but no posting row.
    expect(ranking.postings).toBe(51);
    expect(ranking.careers.map((career: { title: string }) => career.title)).toEqual(['nurse', 'cook']);
    const [nurse, cook] = ranking.careers;
    expect(nurse).toMatchObject({ postings: 45, share: 0.8824, companies: 2 });
    expect(nurse.skills).toEqual([
      { skill: 'first aid', postings: 42, share: 0.9333 },
      { skill: 'c, c++', postings: 1, share: 0.0222 },
    ]);
    expect(cook).toMatchObject({ postings: 6, companies: 1, skills: [{ skill: 'knife skills', postings: 6, share: 1 }] });
  });

  it('gives the same ranking whatever the order of its rows (skill and company rows before postings rows)', async () => {
    const [header, ...rows] = TABLE.split('\n');
    const reversed = [header, ...rows.reverse()].join('\n');
    const args = [
      'rank-jobs',
      '-',
      '--taxonomy',
      'none',
      '--format',
      'json',
      '--top-skills',
      '10',
      '--count-column',
      'postings',
      '--count-table',
    ];
    const forward = await runInProcess(args, { stdin: Buffer.from(TABLE) });
    const backward = await runInProcess(args, { stdin: Buffer.from(reversed) });
    expect(backward.code, backward.stderr).toBe(0);
    expect(JSON.parse(backward.stdout).careers).toEqual(JSON.parse(forward.stdout).careers);
  });

  it('without --count-table, reads every row as postings (an export already counted per place, say)', async () => {
    const result = await rank('--count-column', 'postings');
    expect(JSON.parse(result.stdout).postings).toBe(159);
  });

  it('needs the count column', async () => {
    const result = await rank('--count-table');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('curriculum: A count table is read with its count column: add --count-column <name> to --count-table.\n');
  });
});
