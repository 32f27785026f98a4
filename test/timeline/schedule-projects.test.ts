import { describe, expect, it } from 'vitest';
import { scheduleProjects, weeksToMonths } from '../../src/timeline/schedule-projects.js';
import { makeProgram, type ProgramSketch } from './make-program.js';

const weeksOf = (sketch: ProgramSketch) => scheduleProjects(makeProgram(sketch)).map((p) => `${p.id}:${p.start_week}-${p.end_week}`);

describe('scheduleProjects', () => {
  it('takes the projects one after another, from week 0, each for ceil(hours / hours_per_week) weeks', () => {
    const sketch = {
      hours_per_week: 10,
      projects: [
        { id: 'a', skills: [], hours: 30 },
        { id: 'b', skills: [], hours: 45 },
        { id: 'c', skills: [], hours: 10 },
      ],
    };
    expect(weeksOf(sketch)).toEqual(['a:0-3', 'b:3-8', 'c:8-9']);
  });

  it('counts a started week as a week when the hours are not a multiple of the pace', () => {
    expect(weeksOf({ hours_per_week: 15, projects: [{ id: 'a', skills: [], hours: 31 }] })).toEqual(['a:0-3']);
    expect(weeksOf({ hours_per_week: 12, projects: [{ id: 'a', skills: [], hours: 0.5 }] })).toEqual(['a:0-1']);
  });

  it('does not round up on floating-point noise', () => {
    // 4.2 / 1.4 is 3.0000000000000004 in binary floating point: 3 weeks, not 4.
    expect(weeksOf({ hours_per_week: 1.4, projects: [{ id: 'a', skills: [], hours: 4.2 }] })).toEqual(['a:0-3']);
  });

  it('gives nothing for a program without projects', () => {
    expect(weeksOf({})).toEqual([]);
  });

  it('stays exact at the bounds: 2,000 projects of 10,000 hours at 1 hour a week', () => {
    const projects = Array.from({ length: 2000 }, (_, i) => ({ id: `p${i}`, skills: [], hours: 10_000 }));
    const weeks = scheduleProjects(makeProgram({ hours_per_week: 1, projects }));
    expect(weeks.at(-1)).toEqual({ id: 'p1999', start_week: 19_990_000, end_week: 20_000_000 });
  });
});

describe('weeksToMonths', () => {
  it('makes 52 weeks 12 months and 13 weeks exactly 3', () => {
    expect(weeksToMonths(52)).toBe(12);
    expect(weeksToMonths(13)).toBe(3);
    expect(weeksToMonths(0)).toBe(0);
    expect(weeksToMonths(5)).toBeCloseTo(1.1538, 4);
  });
});
