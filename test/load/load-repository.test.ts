import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { loadRepository, toProgram } from '../../src/load/index.js';
import type { ProgramModel } from '../../src/load/types.js';
import { FIXTURES } from './helpers.js';

describe('loadRepository', () => {
  it('loads every program below the paths, in path order', async () => {
    const { programs } = await loadRepository(['discovery', 'multi/program.yaml'], FIXTURES);
    expect(programs.map((p) => p.files)).toEqual([
      ['discovery/a/program.yaml'],
      ['discovery/group/b/program.yaml'],
      ['discovery/group/b/extra/c/program.yaml'],
      ['multi/courses.yml', 'multi/program.yaml', 'multi/skills.yaml'],
    ]);
    expect(programs.map((p) => p.model.program.id)).toEqual(['a', 'b', 'c', 'web-developer']);
    expect(programs.flatMap((p) => p.diagnostics)).toEqual([]);
  });

  it('fails on a path that does not exist', async () => {
    await expect(loadRepository(['missing'], FIXTURES)).rejects.toBeInstanceOf(UserError);
  });
});

describe('toProgram', () => {
  it('rebuilds the strict program of a model with no errors', async () => {
    const { programs } = await loadRepository(['multi'], FIXTURES);
    const program = toProgram((programs[0] as { model: ProgramModel }).model);
    expect(program.program.id).toBe('web-developer');
    expect(program.skills.map((s) => s.id)).toEqual(['git', 'html', 'css', 'js']);
    expect(program.projects[1]).toEqual({
      id: 'landing-page',
      title: 'Build a landing page',
      mission: 'A bakery wants a page',
      skills: ['html', 'css', 'js'],
      hours: 20,
      requires: [],
    });
  });

  it('throws on a model with an invalid item or an incomplete program', () => {
    const program = { id: 'p', title: 'P', job: 'j', hours_per_week: 15, production: { design_months: 3, course_months: 5, teams: 4 } };
    const model: ProgramModel = {
      program,
      skills: [{ value: { id: 'sql' }, index: 0, valid: false }],
      projects: [],
      courses: [],
      certificates: [],
    };
    expect(() => toProgram(model)).toThrow('Cannot build the program: skill 1 is invalid.');
    expect(() => toProgram({ ...model, program: { id: 'p' } })).toThrow('"program" block is incomplete');
  });
});
