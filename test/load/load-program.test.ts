import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { loadProgram } from '../../src/load/load-program.js';
import type { DataPath, LoadedProgram } from '../../src/load/types.js';
import { FIXTURES, formatSpan } from './helpers.js';

const where = (program: LoadedProgram, path: DataPath, target?: 'key' | 'value'): string => {
  const { file, span } = program.locate(path, target);
  return `${file}:${formatSpan(span)}`;
};
const report = (program: LoadedProgram): string[] => program.diagnostics.map((d) => `${d.file}:${formatSpan(d)} ${d.rule} ${d.message}`);

const PROGRAM = 'program:\n  id: data-analyst\n  title: Data Analyst\n  job: data analyst\n';

describe('loadProgram on a multi-file program', () => {
  it('reads the YAML files directly in the folder, sorted, but not the config file', async () => {
    const program = await loadProgram(path.join(FIXTURES, 'multi'), FIXTURES);
    expect(program.files).toEqual(['multi/courses.yml', 'multi/program.yaml', 'multi/skills.yaml']);
    expect([...program.sources.keys()]).toEqual(program.files);
    expect(program.dir).toBe(path.join(FIXTURES, 'multi'));
    expect(program.diagnostics).toEqual([]);
    expect(program.parsed).toBe(true);
  });

  it('merges lists in file order and keeps defaults', async () => {
    const { model } = await loadProgram(path.join(FIXTURES, 'multi'), FIXTURES);
    expect(model.skills.map((s) => [s.index, s.value.id, s.valid])).toEqual([
      [0, 'git', true],
      [1, 'html', true],
      [2, 'css', true],
      [3, 'js', true],
    ]);
    expect(model.projects.map((p) => p.value.id)).toEqual(['portfolio', 'landing-page']);
    expect(model.projects[0]?.value.requires).toEqual([]);
    expect(model.courses.map((c) => c.value.status)).toEqual(['to-produce', 'existing']);
    expect(model.program).toEqual({
      id: 'web-developer',
      title: 'Web Developer',
      job: 'web developer',
      hours_per_week: 15,
      production: { design_months: 3, course_months: 5, teams: 4 },
      footprint: { kg_co2e_per_video_hour: 0.055 },
    });
  });

  it('maps merged paths back to the right file and line', async () => {
    const program = await loadProgram(path.join(FIXTURES, 'multi'), FIXTURES);
    expect(where(program, ['skills', 0])).toBe('multi/courses.yml:2:5-2:12');
    expect(where(program, ['skills', 1, 'name'])).toBe('multi/program.yaml:7:11-7:30');
    expect(where(program, ['skills', 3, 'id'])).toBe('multi/skills.yaml:5:9-5:11');
    expect(where(program, ['projects', 1, 'skills', 2])).toBe('multi/skills.yaml:11:25-11:27');
    expect(where(program, ['projects', 0, 'hours'], 'key')).toBe('multi/program.yaml:13:5-13:10');
    expect(where(program, ['courses', 1, 'status'])).toBe('multi/courses.yml:11:13-11:21');
    expect(where(program, ['program', 'job'])).toBe('multi/program.yaml:4:8-4:21');
    expect(where(program, ['projects', 9])).toBe('multi/program.yaml:9:3-9:18');
    expect(where(program, [])).toBe('multi/program.yaml:1:1-1:8');
  });
});

describe('loadProgram', () => {
  let root = '';
  let dir = '';
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'curriculum-load-'));
    dir = path.join(root, 'p');
    await mkdir(dir);
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });
  const write = (files: Record<string, string>) =>
    Promise.all(Object.entries(files).map(([name, text]) => writeFile(path.join(dir, name), text)));

  it('reports a typo once (not also the field it misses), and still counts the skill as defined', async () => {
    await write({ 'program.yaml': `${PROGRAM}skills:\n  - id: sql\n    nmae: SQL\n` });
    const program = await loadProgram(dir, root);
    expect(report(program)).toEqual(['p/program.yaml:7:5-7:9 schema Unknown key "nmae" in skill "sql"; did you mean "name"?']);
    expect(program.model.skills).toEqual([{ value: { id: 'sql' }, index: 0, valid: false }]);
  });

  it('leaves out a field of the wrong type instead of defaulting it', async () => {
    const project = '  - id: p\n    title: P\n    mission: M\n    skills: sql\n    hours: 5\n';
    await write({ 'program.yaml': `${PROGRAM}projects:\n${project}` });
    const program = await loadProgram(dir, root);
    expect(report(program)).toEqual([
      'p/program.yaml:9:13-9:16 schema Field "skills" of project "p" must be a list, not "sql"; write [sql].',
    ]);
    const [item] = program.model.projects;
    expect(item?.valid).toBe(false);
    expect(item?.value.skills).toBeUndefined();
    expect(item?.value.requires).toEqual([]);
  });

  it('keeps an item that is not a mapping in the list, with no fields', async () => {
    await write({ 'program.yaml': `${PROGRAM}projects:\n  - onboarding\n  - {id: p, title: P, mission: M, hours: 1}\n` });
    const { model } = await loadProgram(dir, root);
    expect(model.projects.map((p) => [p.index, p.valid, p.value])).toEqual([
      [0, false, {}],
      [1, true, { id: 'p', title: 'P', mission: 'M', hours: 1, skills: [], requires: [] }],
    ]);
  });

  it('reports a second program block at its key', async () => {
    await write({ 'a.yaml': PROGRAM, 'program.yaml': 'program:\n  id: other\n  title: O\n  job: o\n' });
    const program = await loadProgram(dir, root);
    expect(report(program)).toEqual([
      'p/program.yaml:1:1-1:8 schema Program "data-analyst" is already defined in "a.yaml"; exactly one file of a program folder holds "program".',
    ]);
    expect(program.model.program.id).toBe('data-analyst');
    expect(where(program, ['program', 'title'])).toBe('p/a.yaml:3:10-3:22');
  });

  it('reports a folder with no program block on the root node of program.yaml', async () => {
    await write({ 'program.yaml': '# The program block is missing.\nskills: []\n' });
    const program = await loadProgram(dir, root);
    expect(report(program)).toEqual(['p/program.yaml:2:1-2:11 schema No file of program folder "p" holds a "program" block.']);
    expect(program.model.program).toEqual({});
    expect(where(program, ['program', 'id'])).toBe('p/program.yaml:2:1-2:11');
  });

  it('keeps only the syntax errors of a file that does not parse, and checks the others', async () => {
    await write({
      'program.yaml': PROGRAM,
      'skills.yaml': 'skills:\n  - id: sql\n    id: sql2\n',
      'projects.yaml': 'projects:\n  - id: p\n    titel: P\n',
    });
    const program = await loadProgram(dir, root);
    expect(program.parsed).toBe(false);
    expect(report(program)).toEqual([
      'p/projects.yaml:2:5-2:10 schema Project "p" is missing the required field "hours".',
      'p/projects.yaml:2:5-2:10 schema Project "p" is missing the required field "mission".',
      'p/projects.yaml:3:5-3:10 schema Unknown key "titel" in project "p"; did you mean "title"?',
      'p/skills.yaml:3:5-3:7 yaml-syntax Key "id" appears twice in the same mapping.',
    ]);
    expect(program.model.skills).toEqual([]);
    expect([...program.sources.keys()]).toEqual(['p/program.yaml', 'p/projects.yaml', 'p/skills.yaml']);
  });

  it('does not report a missing program when a file could not be parsed', async () => {
    await write({ 'program.yaml': 'program:\n  id: x\n  id: y\n' });
    const program = await loadProgram(dir, root);
    expect(report(program)).toEqual(['p/program.yaml:3:3-3:5 yaml-syntax Key "id" appears twice in the same mapping.']);
    expect(where(program, ['program', 'id'])).toBe('p/program.yaml:1:1-1:1');
  });

  it('reports an alias bomb as a yaml-syntax error of its file', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
      ['h', 'g'],
    ]) {
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    await write({ 'program.yaml': PROGRAM, 'bomb.yaml': `${bomb.join('\n')}\n` });
    const program = await loadProgram(dir, root);
    expect(program.parsed).toBe(false);
    expect(program.diagnostics.map((d) => `${d.file}:${formatSpan(d)} ${d.rule}`)).toEqual(['p/bomb.yaml:2:8-2:10 yaml-syntax']);
  });

  it('refuses a file over 5 MB without parsing it', async () => {
    await write({ 'program.yaml': PROGRAM });
    // A sparse file: its size is 52.4 MB, but nothing is written.
    const handle = await open(path.join(dir, 'big.yaml'), 'w');
    await handle.truncate(Math.round(52.4 * 2 ** 20));
    await handle.close();
    await expect(loadProgram(dir, root)).rejects.toThrow(
      new UserError('File "p/big.yaml" is 52.4 MB; curriculum files are limited to 5 MB.'),
    );
  });

  it('reports a file that is not UTF-8 as a yaml-syntax error at its first bad byte, and reads the others', async () => {
    await write({ 'program.yaml': PROGRAM, 'skills.yaml': 'skills:\n  - {id: SQL, name: SQL}\n' });
    await writeFile(path.join(dir, 'latin1.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    const program = await loadProgram(dir, root);
    expect(report(program)).toEqual([
      'p/latin1.yaml:1:4-1:5 yaml-syntax The file is not UTF-8 text (byte 0xE9); save it as UTF-8.',
      'p/skills.yaml:2:10-2:13 schema Skill id "SQL" must be lower-case kebab-case (a-z, 0-9 and single hyphens).',
    ]);
    expect(program.parsed).toBe(false);
  });

  it('refuses a folder with no program.yaml', async () => {
    await write({ 'skills.yaml': 'skills: []\n' });
    await expect(loadProgram(dir, root)).rejects.toThrow(new UserError('Folder "p" is not a program folder: it holds no program.yaml.'));
  });

  it('reads BOM and CRLF files with editor positions', async () => {
    await write({ 'program.yaml': `\uFEFF${PROGRAM.replace(/\n/g, '\r\n')}skills:\r\n  - {id: SQL, name: "Données 🎓"}\r\n` });
    const program = await loadProgram(dir, root);
    expect(report(program)).toEqual([
      'p/program.yaml:6:10-6:13 schema Skill id "SQL" must be lower-case kebab-case (a-z, 0-9 and single hyphens).',
    ]);
    expect(program.sources.get('p/program.yaml')?.startsWith('program:')).toBe(true);
    expect(where(program, ['skills', 0, 'name'])).toBe('p/program.yaml:6:21-6:33');
  });
});
