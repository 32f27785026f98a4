// Rule course-late: its messages, its months, and its settings (the fixture folder holds the cases).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { DEFAULT_CONFIG } from '../../src/check/config.js';
import { courseLate } from '../../src/check/rules/course-late.js';
import type { ProgramModel } from '../../src/load/types.js';
import type { Program } from '../../src/model/schema.js';
import { makeProgram, type ProgramSketch } from '../timeline/make-program.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/rules/course-late/invalid');

function modelOf(program: Program): ProgramModel {
  const items = <T>(list: T[]) => list.map((value, index) => ({ value, index, valid: true }));
  return {
    program: program.program,
    skills: items(program.skills),
    projects: items(program.projects),
    courses: items(program.courses),
    certificates: items(program.certificates),
  };
}

const findings = (model: ProgramModel) => courseLate.check!({ model, config: DEFAULT_CONFIG });

/** Opens at month 3 + `months` (the course of p1); p2 starts 4 weeks in (0.92 months); learn-sql is ready at 6. */
function program(months: number): ProgramSketch {
  return {
    hours_per_week: 10,
    projects: [
      { id: 'p1', skills: ['a'], hours: 40 },
      { id: 'p2', skills: ['sql'], hours: 10 },
    ],
    courses: [
      { id: 'make-a', skills: ['a'], months },
      { id: 'learn-sql', skills: ['sql'], months: 3 },
    ],
  };
}

const settings = (rules: Record<string, 'off' | 'warning' | 'error'>) => ({
  config: { ...DEFAULT_CONFIG, rules },
  diagnostics: [],
  sources: new Map<string, string>(),
});

describe('course-late', () => {
  it('names the course, the month it is ready, the project, the month it is needed and the month to start at', async () => {
    const result = await checkRepository(['.'], { cwd: FIXTURE, settings: settings({}) });
    expect(result.diagnostics.filter((d) => d.rule === 'course-late').map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '55:5 Course "learn-sql" is ready at month 7, but a first cohort starting at month 5 reaches project "sales-report" at month 5.7; start the cohort at month 7 or produce the course earlier.',
      // Needed by "sales-report" (month 5.7) and "board-pack" (8.9): judged at the first.
      '66:5 Course "reporting-for-boards" is ready at month 6, but a first cohort starting at month 5 reaches project "sales-report" at month 5.7; start the cohort at month 7 or produce the course earlier.',
    ]);
  });

  it('is a warning that curriculum.config.yaml can turn off or make an error', async () => {
    const severities = async (rules: Record<string, 'off' | 'warning' | 'error'>) =>
      (await checkRepository(['.'], { cwd: FIXTURE, settings: settings(rules) })).diagnostics
        .filter((d) => d.rule === 'course-late')
        .map((d) => d.severity);
    expect(await severities({})).toEqual(['warning', 'warning']);
    expect(await severities({ 'course-late': 'error' })).toEqual(['error', 'error']);
    expect(await severities({ 'course-late': 'off' })).toEqual([]);
  });

  it('never lets rounding make the two months read alike', () => {
    // Opens at 5.05; p2 is reached at 5.05 + 4 x 12 / 52 = 5.97, which rounds to 6, the month learn-sql is ready.
    expect(findings(modelOf(makeProgram(program(2.05)))).map((f) => f.message)).toEqual([
      'Course "learn-sql" is ready at month 6, but a first cohort starting at month 5.1 reaches project "p2" at month 5.9; start the cohort at month 6 or produce the course earlier.',
    ]);
    // Opens at 4.5; p2 at 5.42: plain rounding reads well.
    expect(findings(modelOf(makeProgram(program(1.5)))).map((f) => f.message)).toEqual([
      'Course "learn-sql" is ready at month 6, but a first cohort starting at month 4.5 reaches project "p2" at month 5.4; start the cohort at month 6 or produce the course earlier.',
    ]);
  });

  it('finds nothing when the course is ready exactly when the cohort reaches its project', () => {
    // At 15 hours a week, 195 hours are 13 weeks, exactly 3 months: p2 is reached at 3 + 3 = 6.
    const sketch: ProgramSketch = {
      projects: [
        { id: 'p1', skills: ['a'], hours: 195 },
        { id: 'p2', skills: ['sql'] },
      ],
      courses: [
        { id: 'have-a', skills: ['a'], status: 'existing' },
        { id: 'learn-sql', skills: ['sql'], months: 3 },
      ],
    };
    expect(findings(modelOf(makeProgram(sketch)))).toEqual([]);
  });

  it('stays silent while the program fails the schema', () => {
    const model = modelOf(makeProgram(program(2)));
    expect(findings(model)).toHaveLength(1);
    const broken = { ...model, courses: model.courses.map((c, i) => (i === 0 ? { ...c, valid: false } : c)) };
    expect(findings(broken)).toEqual([]);
    expect(findings({ ...model, program: { id: 'p' } })).toEqual([]);
  });
});
