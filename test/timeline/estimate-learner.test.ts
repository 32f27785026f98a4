import { describe, expect, it } from 'vitest';
import { estimateLearner } from '../../src/timeline/estimate-learner.js';
import { makeProgram, type ProgramSketch } from './make-program.js';

const cases: { name: string; sketch: ProgramSketch; hours: number; weeks: number; months: number }[] = [
  {
    name: '540 hours at 15 hours a week is 36 weeks',
    sketch: {
      projects: [
        { id: 'a', skills: [], hours: 300 },
        { id: 'b', skills: [], hours: 240 },
      ],
    },
    hours: 540,
    weeks: 36,
    months: 9,
  },
  {
    name: 'course hours count where given',
    sketch: {
      projects: [{ id: 'a', skills: ['x'], hours: 20 }],
      courses: [
        { id: 'c1', skills: ['x'], hours: 10 },
        { id: 'c2', skills: ['x'] },
      ],
    },
    hours: 30,
    weeks: 2,
    months: 1,
  },
  {
    name: 'a started week counts as a week',
    sketch: { hours_per_week: 10, projects: [{ id: 'a', skills: [], hours: 101 }] },
    hours: 101,
    weeks: 11,
    months: 3,
  },
  {
    name: 'fractional hours do not round up on floating-point noise',
    sketch: {
      hours_per_week: 0.3,
      projects: [
        { id: 'a', skills: [], hours: 0.1 },
        { id: 'b', skills: [], hours: 0.2 },
      ],
    },
    hours: 0.3,
    weeks: 1,
    months: 1,
  },
  { name: 'no project, no hours', sketch: {}, hours: 0, weeks: 0, months: 0 },
];

describe('estimateLearner', () => {
  it.each(cases)('$name', ({ sketch, hours, weeks, months }) => {
    const estimate = estimateLearner(makeProgram(sketch));
    expect(estimate).toMatchObject({ hours, hours_per_week: sketch.hours_per_week ?? 15, weeks, months });
    expect(estimate.projects.map((p) => p.id)).toEqual((sketch.projects ?? []).map((p) => p.id));
  });
});
