// User input that names a property of Object.prototype (`constructor`, `__proto__`,
// `toString`) is an ordinary name or gets the usual one-sentence error, never a lookup
// into the prototype.
import { describe, expect, it } from 'vitest';
import { runInProcess as run } from './run-cli.js';

const DIR = 'test/fixtures/prototype-keys';
const POSTINGS = `${DIR}/postings.csv`;

describe('rank-jobs options named like prototype properties', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('--encoding %s is an unsupported encoding', async (name) => {
    const result = await run(['rank-jobs', POSTINGS, '--encoding', name]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `curriculum: The encoding "${name}" is not supported (use utf-8, utf-16le, utf-16be or windows-1252).\n`,
    });
  });

  it.each(['constructor', '__proto__', 'valueOf'])('--delimiter %s is not a delimiter', async (name) => {
    const result = await run(['rank-jobs', POSTINGS, '--delimiter', name]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `curriculum: The delimiter "${name}" is not one ASCII character (other than a quote or newline).\n`,
    });
  });
});

describe('data named like prototype properties', () => {
  const ranking = async (...args: string[]) => {
    const result = await run(['rank-jobs', ...args, '--format', 'json']);
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as { careers: { title: string; postings: number; skills: { skill: string }[] }[] };
  };

  it('titles, skills and header names are ordinary names', async () => {
    const { careers } = await ranking(POSTINGS);
    expect(careers.map((c) => [c.title, c.skills.map((s) => s.skill)])).toEqual([
      ['__proto__', ['hasownproperty']],
      ['constructor', ['__proto__', 'constructor', 'tostring']],
      ['data analyst', ['sql']],
    ]);
    const byColumn = await ranking(POSTINGS, '--title-column', 'constructor', '--skills-column', '__proto__');
    expect(byColumn.careers.map((c) => [c.title, c.postings, c.skills.map((s) => s.skill)])).toEqual([
      ['ops lead', 2, ['x']],
      ['analyst', 1, ['x']],
    ]);
    expect((await ranking(POSTINGS, '--job', 'constructor')).careers[0]!.skills).toHaveLength(3);
  });

  it('alias and vocabulary groups may be named __proto__ or constructor', async () => {
    const aliased = await ranking(POSTINGS, '--aliases', `${DIR}/aliases.yaml`);
    expect(aliased.careers.find((c) => c.title === '__proto__')).toMatchObject({
      postings: 2,
      skills: [{ skill: 'constructor' }, { skill: 'hasownproperty' }],
    });
    const found = await ranking(`${DIR}/descriptions.csv`, '--vocabulary', `${DIR}/vocabulary.yaml`);
    expect(found.careers[0]!.skills.map((s) => s.skill)).toEqual(['__proto__', 'constructor']);
  });
});

describe('check on keys named like prototype properties', () => {
  it('reports them as unknown keys and unknown references, the config one included', async () => {
    const result = await run(['check', 'p', '--format', 'json'], { cwd: `${DIR}/repo` });
    expect(result.code).toBe(1);
    const found = (JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; message: string }[] }).diagnostics
      .map((d) => `${d.file}:${d.line} ${d.message}`);
    expect(found).toEqual([
      expect.stringMatching(/^curriculum\.config\.yaml:3 Unknown key "constructor" in "rules"; the known keys are "duplicate-id", /),
      expect.stringMatching(/^curriculum\.config\.yaml:4 Unknown key "__proto__" in "rules"; the known keys are "duplicate-id", /),
      'p/program.yaml:5 Unknown key "constructor" in program "p"; the known keys are "id", "title", "job", "hours_per_week", "production".',
      'p/program.yaml:6 Unknown key "__proto__" at the top level of the file; the known keys are "program", "skills", "projects", "courses".',
      'p/program.yaml:8 Skill "sql" is validated by a project but taught by no course.',
      'p/program.yaml:10 Unknown key "constructor" in skill "sql"; the known keys are "id", "name", "ref", "market_share".',
      'p/program.yaml:11 The program has 1 project; design 5 to 15 (about ten).',
      'p/program.yaml:16 Project "a" names unknown skill "constructor".',
      'p/program.yaml:16 Project "a" names unknown skill "__proto__".',
      'p/program.yaml:17 Project "a" names unknown project "toString".',
      // A config with errors is not applied: its defaults report the orphan course.
      'p/program.yaml:19 Course "c" teaches no skill that a project validates.',
    ]);
  });

  it('an encoding named constructor in the market section of the config is the usual error', async () => {
    const result = await run(['check', 'p'], { cwd: `${DIR}/market` });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'curriculum: The encoding "constructor" is not supported (use utf-8, utf-16le, utf-16be or windows-1252).\n',
    });
  });
});
