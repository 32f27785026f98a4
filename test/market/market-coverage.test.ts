import { describe, expect, test } from 'vitest';
import type { JobDemand } from '../../src/demand/job-demand.js';
import type { Item, ProgramModel } from '../../src/load/types.js';
import { measureCoverage } from '../../src/market/market-coverage.js';
import type { Project, Skill } from '../../src/model/schema.js';

const normalize = (text: string) => text.trim().toLowerCase();

function item<T>(value: Partial<T>, index: number): Item<T> {
  return { value, index, valid: true };
}

function model(skills: Partial<Skill>[], validated: string[]): ProgramModel {
  return {
    program: { id: 'p', job: 'data analyst' },
    skills: skills.map(item),
    projects: [item<Project>({ id: 'only', skills: validated }, 0)],
    courses: [],
    certificates: [],
  };
}

const demand: JobDemand = {
  job: 'data analyst',
  label: 'data analyst',
  postings: 10,
  skills: [
    { skill: 'sql', postings: 8, share: 0.8 },
    { skill: 'excel', postings: 6, share: 0.6 },
    { skill: 'python', postings: 4, share: 0.4 },
    { skill: 'http://data.europa.eu/esco/skill/x', postings: 1, share: 0.1 },
    { skill: 'data protection', postings: 1, share: 0.1 },
  ],
};
const options = { threshold: 0.3, aliases: new Map<string, string>(), normalize };

describe('measureCoverage', () => {
  test.each([
    ['by id', [{ id: 'sql', name: 'Query databases' }], ['sql'], 8 / 20],
    ['by name', [{ id: 'spreadsheets', name: 'Excel' }], ['spreadsheets'], 6 / 20],
    ['by id with hyphens as spaces', [{ id: 'data-protection', name: 'GDPR' }], ['data-protection'], 1 / 20],
    ['by ref', [{ id: 'stats', name: 'Statistics', ref: 'http://data.europa.eu/esco/skill/x' }], ['stats'], 1 / 20],
    [
      'several skills',
      [
        { id: 'sql', name: 'SQL' },
        { id: 'python', name: 'Python' },
      ],
      ['sql', 'python'],
      12 / 20,
    ],
    ['a defined skill no project validates does not count', [{ id: 'sql', name: 'SQL' }], [], 0],
  ])('matches %s: postings-weighted mentions of validated skills over all mentions', (_case, skills, validated, expected) => {
    expect(measureCoverage(model(skills, validated), demand, options).coverage).toBeCloseTo(expected, 10);
  });

  test('matches through the alias file, in both directions', () => {
    const aliases = new Map([['excel', 'spreadsheets']]);
    const aliased: JobDemand = { ...demand, skills: demand.skills.map((s) => (s.skill === 'excel' ? { ...s, skill: 'spreadsheets' } : s)) };
    const result = measureCoverage(model([{ id: 'spreadsheets', name: 'Analyse data in spreadsheets' }], ['spreadsheets']), aliased, {
      ...options,
      aliases,
    });
    expect(result.coverage).toBeCloseTo(6 / 20, 10);
  });

  test('lists as gaps the skills at or above the threshold that no project validates, pointing at a defined one', () => {
    const result = measureCoverage(
      model(
        [
          { id: 'sql', name: 'SQL' },
          { id: 'excel', name: 'Excel' },
        ],
        ['sql'],
      ),
      demand,
      { ...options, threshold: 0.4 },
    );
    expect(result.gaps).toEqual([
      { skill: 'excel', postings: 6, share: 0.6, skillIndex: 1 },
      { skill: 'python', postings: 4, share: 0.4 },
    ]);
  });

  test('is 0, not NaN, when the postings name no skill', () => {
    expect(measureCoverage(model([], []), { job: 'x', label: 'x', postings: 3, skills: [] }, options)).toEqual({
      job: 'x',
      label: 'x',
      postings: 3,
      uncovered: [],
      coverage: 0,
      gaps: [],
    });
  });
});
