import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { createCoder } from '../../src/occupations/index.js';

const text = [
  'title,code,label',
  'Data Analyst,DA-1,Data analysis',
  'Analyste de données,DA-1,Data analysis',
  '"Développeur / Développeuse web",DEV-2,Web development',
  'Full Stack Engineer,DEV-2,',
  ',OPS-3,Operations',
].join('\n');

describe('a user taxonomy (title,code,label CSV)', () => {
  it('codes titles with the file codes and labels, at its one level "code"', async () => {
    const coder = await createCoder({ taxonomy: { name: 'jobs.csv', text } });
    expect(coder.taxonomy).toBe('jobs.csv');
    expect(coder.level).toBe('code');
    expect(coder.code('data analyst')).toEqual({ code: 'DA-1', label: 'Data analysis', score: 1, method: 'exact' });
    expect(coder.code('analyste de données (h/f)')).toMatchObject({ code: 'DA-1', method: 'exact' });
    expect(coder.code('développeuse web')).toMatchObject({ code: 'DEV-2', label: 'Web development' });
    expect(coder.code('operations')).toMatchObject({ code: 'OPS-3', method: 'exact' });
    expect(coder.code('senior full stack engineer - remote').code).toBe('DEV-2');
    expect(coder.code('dev-2')).toMatchObject({ code: 'DEV-2', method: 'code' });
    expect(coder.parseCode('da-1')).toBe('DA-1');
    expect(coder.labelOf('OPS-3')).toBe('Operations');
    expect(coder.labelOf('X')).toBeUndefined();
  });

  it('accepts the columns in any order and case, and the level "code" by name', async () => {
    const coder = await createCoder({ taxonomy: { name: 'jobs.csv', text: 'Code,Label,Title\nA,Alpha,alpha worker\n' }, level: 'code' });
    expect(coder.code('alpha worker').code).toBe('A');
    await expect(createCoder({ taxonomy: { name: 'jobs.csv', text }, level: 'soc' })).rejects.toThrow(
      'Level "soc" is not a level of taxonomy "jobs.csv"; use one of "code".',
    );
  });

  it.each([
    ['name,code\nx,1\n', 'File "jobs.csv" must have a header with the columns title, code and label; it has "name,code".'],
    ['', 'File "jobs.csv" must have a header with the columns title, code and label.'],
    ['title,code,label\nA,1,One\nB,2\n', 'File "jobs.csv", line 3: expected 3 values (title,code,label), found 2.'],
    ['title,code,label\n\nA,,One\n', 'File "jobs.csv", line 3: the code is empty.'],
    ['title,code,label\n,1,\n', 'File "jobs.csv", line 2: code "1" has neither a title nor a label.'],
    ['title,code,label\nA,1,One\nB,1,Uno\n', 'File "jobs.csv", line 3: code "1" is labelled "Uno" here but "One" on line 2.'],
    ['title,code,label\n"A,1,One\n', 'File "jobs.csv", line 2 is not valid CSV'],
    ['title,code,label\n', 'File "jobs.csv" holds no occupation.'],
  ])('refuses %j in one sentence naming the file and line', async (csv, message) => {
    const created = createCoder({ taxonomy: { name: 'jobs.csv', text: csv } });
    await expect(created).rejects.toThrow(UserError);
    await expect(created).rejects.toThrow(message);
  });
});
