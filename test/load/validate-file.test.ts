import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue } from '../../src/load/describe-issue.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { validateFile } from '../../src/load/validate-file.js';
import { formatSpan } from './helpers.js';

function schemaErrors(...lines: string[]): string[] {
  const parsed = parseYaml(`${lines.join('\n')}\n`, 'f.yaml');
  expect(parsed.diagnostics).toEqual([]);
  return validateFile(parsed, 'f.yaml').map((d) => {
    expect(d).toMatchObject({ rule: 'schema', severity: 'error', file: 'f.yaml' });
    return `${formatSpan(d)} ${d.message}`;
  });
}

describe('validateFile', () => {
  it('accepts a valid file, and an empty one', () => {
    expect(schemaErrors('skills:', '  - id: sql', '    name: SQL')).toEqual([]);
    expect(schemaErrors('')).toEqual([]);
    expect(schemaErrors('# nothing yet')).toEqual([]);
  });

  it('reports each unknown key at the key, with a hint', () => {
    expect(schemaErrors('skills:', '  - id: sql', '    nmae: SQL', '    name: SQL', '    colour: red')).toEqual([
      '3:5-3:9 Unknown key "nmae" in skill "sql"; did you mean "name"?',
      '5:5-5:11 Unknown key "colour" in skill "sql"; the known keys are "id", "name", "ref", "market_share".',
    ]);
    expect(schemaErrors('skils: []')).toEqual(['1:1-1:6 Unknown key "skils" at the top level of the file; did you mean "skills"?']);
    expect(schemaErrors('program:', '  id: a', '  title: A', '  job: a', '  production: {tems: 2}')).toEqual([
      '5:16-5:20 Unknown key "tems" in field "production" of program "a"; did you mean "teams"?',
    ]);
  });

  it('reports a missing field at the first line of its item', () => {
    expect(schemaErrors('projects:', '  - id: sales-dashboard', '    title: Sales', '    skills: [sql]', '    hours: 10')).toEqual([
      '2:5-2:24 Project "sales-dashboard" is missing the required field "mission".',
    ]);
    expect(schemaErrors('skills:', '  - name: SQL')).toEqual(['2:5-2:14 A skill is missing the required field "id".']);
  });

  it('reports a bad id', () => {
    expect(schemaErrors('skills:', '  - id: SQL', '    name: SQL')).toEqual([
      '2:9-2:12 Skill id "SQL" must be lower-case kebab-case (a-z, 0-9 and single hyphens).',
    ]);
    expect(schemaErrors('program: {id: Data Analyst, title: D, job: d}')).toEqual([
      '1:15-1:27 Program id "Data Analyst" must be lower-case kebab-case (a-z, 0-9 and single hyphens).',
    ]);
  });

  it('reports a wrong type or value, quoting it', () => {
    const project = ['projects:', '  - id: x', '    title: X', '    mission: M', '    skills: [sql]'];
    expect(schemaErrors(...project, '    hours: ten')).toEqual([
      '6:12-6:15 Field "hours" of project "x" must be a number greater than 0 and at most 10000, not "ten".',
    ]);
    expect(schemaErrors(...project, '    hours: -5')).toEqual([
      '6:12-6:14 Field "hours" of project "x" must be a number greater than 0 and at most 10000, not "-5".',
    ]);
    expect(schemaErrors(...project, '    hours: 5', '    requires: onboarding')).toEqual([
      '7:15-7:25 Field "requires" of project "x" must be a list, not "onboarding"; write [onboarding].',
    ]);
    expect(schemaErrors('skills:', '  - {id: sql, name: SQL, market_share: 62}')).toEqual([
      '2:40-2:42 Field "market_share" of skill "sql" must be a number between 0 and 1, not "62".',
    ]);
    expect(schemaErrors('skills:', '  - {id: sql, name: "", ref: not a url}')).toEqual([
      '2:21-2:23 Field "name" of skill "sql" must not be empty.',
      '2:30-2:39 Field "ref" of skill "sql" must be a URL, not "not a url".',
    ]);
    expect(schemaErrors('skills:', '  - id: 2024', '    name:')).toEqual([
      '2:9-2:13 Field "id" of a skill must be text, not "2024"; put it in quotes to make it text.',
      '3:5-3:9 Field "name" of a skill is empty; it must be text.',
    ]);
  });

  it('bounds every number, and says so with the bounds and the value', () => {
    const program = (production: string, pace = '15') => [
      `program: {id: x, title: X, job: x, hours_per_week: ${pace}, production: ${production}}`,
    ];
    expect(schemaErrors(...program('{design_months: 1e308, course_months: 121, teams: 10000000000}'))).toEqual([
      '1:84-1:89 Field "production.design_months" of program "x" must be a number greater than 0 and at most 120, not "1e+308".',
      '1:106-1:109 Field "production.course_months" of program "x" must be a number greater than 0 and at most 120, not "121".',
      '1:118-1:129 Field "production.teams" of program "x" must be a whole number between 1 and 1000, not "10000000000".',
    ]);
    expect(schemaErrors(...program('{teams: 2.5}', '169'))).toEqual([
      '1:52-1:55 Field "hours_per_week" of program "x" must be a number between 1 and 168, not "169".',
      '1:77-1:80 Field "production.teams" of program "x" must be a whole number between 1 and 1000, not "2.5".',
    ]);
    expect(schemaErrors(...program('{teams: 1e308}'))).toEqual([
      '1:76-1:81 Field "production.teams" of program "x" must be a whole number between 1 and 1000, not "1e+308".',
    ]);
    expect(schemaErrors(...program('{design_months: 120, course_months: 120, teams: 1000}', '168'))).toEqual([]);
    expect(schemaErrors('courses:', '  - {id: c, title: C, months: 0, hours: 10001}')).toEqual([
      '2:31-2:32 Field "months" of course "c" must be a number greater than 0 and at most 120, not "0".',
      '2:41-2:46 Field "hours" of course "c" must be a number greater than 0 and at most 10000, not "10001".',
    ]);
  });

  it('reports an unknown status with the allowed values', () => {
    expect(schemaErrors('courses:', '  - id: learn-sql', '    title: Learn SQL', '    status: draft')).toEqual([
      '4:13-4:18 Status "draft" of course "learn-sql" must be one of "to-produce", "existing", "external".',
    ]);
    expect(schemaErrors('courses:', '  - {id: c, title: C, status: to_produce}')).toEqual([
      '2:31-2:41 Status "to_produce" of course "c" must be one of "to-produce", "existing", "external"; did you mean "to-produce"?',
    ]);
  });

  it('reports an external course without a url', () => {
    expect(schemaErrors('courses:', '  - id: c', '    title: C', '    status: external')).toEqual([
      '2:5-2:10 Course "c" is external and needs a "url".',
    ]);
  });

  it('reports items and files that are not mappings', () => {
    expect(schemaErrors('skills:', '  - sql')).toEqual(['2:5-2:8 Each skill must be a mapping with the fields "id", "name", not "sql".']);
    expect(schemaErrors('program: data-analyst')).toEqual([
      '1:10-1:22 The "program" block must be a mapping with the fields "id", "title", "job", not "data-analyst".',
    ]);
    expect(schemaErrors('skills: sql')).toEqual(['1:9-1:12 Field "skills" must be a list, not "sql".']);
    expect(schemaErrors('- sql')).toEqual([
      '1:1-1:6 A curriculum file must be a mapping with any of the keys "program", "skills", "projects", "courses", "certificates", "feedback", not a list.',
    ]);
  });
});

describe('describeIssue', () => {
  it('names a list item only for the curriculum lists, not for a key named like a prototype property', () => {
    const root = z.strictObject({ constructor: z.array(z.strictObject({ id: z.string() })) });
    const data = { constructor: [{ id: 'x', extra: 1 }] };
    const issue = root.safeParse(data).error!.issues[0]!;
    expect(describeIssue(issue, data, root)).toEqual([
      { path: ['constructor', 0, 'extra'], target: 'key', message: 'Unknown key "extra" in "constructor.0"; the known keys are "id".' },
    ]);
  });
});
