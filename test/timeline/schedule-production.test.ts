import { describe, expect, it } from 'vitest';
import { BOUNDS } from '../../src/model/schema.js';
import { scheduleProduction } from '../../src/timeline/schedule-production.js';
import { chain, makeProgram, type ProgramSketch } from './make-program.js';

interface Case {
  name: string;
  sketch: ProgramSketch;
  total: number;
  open: number;
  /** `id:start-ready`, in scheduling order. */
  courses: string[];
}

const cases: Case[] = [
  {
    name: '10 courses of 5 months, 4 teams, 3 months of design: the last is ready at month 18',
    sketch: chain(10),
    total: 18,
    open: 8,
    courses: ['c1:3-8', 'c2:3-8', 'c3:3-8', 'c4:3-8', 'c5:8-13', 'c6:8-13', 'c7:8-13', 'c8:8-13', 'c9:13-18', 'c10:13-18'],
  },
  {
    name: 'a course that starts at month 3 and takes 5 months is ready at month 8',
    sketch: { projects: [{ id: 'p', skills: ['sql'] }], courses: [{ id: 'learn-sql', skills: ['sql'] }] },
    total: 8,
    open: 8,
    courses: ['learn-sql:3-8'],
  },
  {
    name: 'per-course months override course_months; a freed team takes the next course',
    sketch: {
      teams: 2,
      projects: [
        { id: 'p1', skills: ['a', 'b'] },
        { id: 'p2', skills: ['c'] },
      ],
      courses: [
        { id: 'long', skills: ['a'], months: 8 },
        { id: 'short', skills: ['b'], months: 2 },
        { id: 'next', skills: ['c'] },
      ],
    },
    total: 11,
    open: 11,
    courses: ['long:3-11', 'short:3-5', 'next:5-10'],
  },
  {
    name: 'courses needed by earlier projects go first, whatever their declaration order',
    sketch: {
      teams: 1,
      projects: [
        { id: 'p1', skills: ['a'] },
        { id: 'p2', skills: ['b'] },
      ],
      courses: [
        { id: 'for-p2', skills: ['b'] },
        { id: 'for-p1', skills: ['a'] },
      ],
    },
    total: 13,
    open: 8,
    courses: ['for-p1:3-8', 'for-p2:8-13'],
  },
  {
    name: 'courses never needed go last, in declaration order',
    sketch: {
      teams: 1,
      projects: [{ id: 'p1', skills: ['a'] }],
      courses: [
        { id: 'orphan-2', skills: ['z'] },
        { id: 'orphan-1', skills: [] },
        { id: 'needed', skills: ['a'] },
      ],
    },
    total: 18,
    open: 8,
    courses: ['needed:3-8', 'orphan-2:8-13', 'orphan-1:13-18'],
  },
  {
    name: 'nothing to produce: total and open are the end of design',
    sketch: {
      projects: [{ id: 'p1', skills: ['a'] }],
      courses: [{ id: 'mooc', skills: ['a'], status: 'external', url: 'https://example.org' }],
    },
    total: 3,
    open: 3,
    courses: [],
  },
  {
    name: 'existing and external courses are ready at month 0 and are not scheduled',
    sketch: {
      teams: 1,
      projects: [
        { id: 'p1', skills: ['a', 'b'] },
        { id: 'p2', skills: ['c'] },
      ],
      courses: [
        { id: 'have', skills: ['a'], status: 'existing' },
        { id: 'buy', skills: ['b'], status: 'external', url: 'https://example.org' },
        { id: 'make', skills: ['c'] },
      ],
    },
    total: 8,
    open: 3,
    courses: ['make:3-8'],
  },
  {
    name: 'open_month waits for every course of the first project, even the last scheduled',
    sketch: {
      teams: 1,
      projects: [{ id: 'p1', skills: ['a', 'b'] }],
      courses: [
        { id: 'one', skills: ['a'] },
        { id: 'two', skills: ['b'], months: 1 },
      ],
    },
    total: 9,
    open: 9,
    courses: ['one:3-8', 'two:8-9'],
  },
  {
    name: 'open_month looks at the first project in program order only',
    sketch: {
      teams: 1,
      projects: [
        { id: 'first', skills: ['a'] },
        { id: 'second', skills: ['b'] },
      ],
      courses: [
        { id: 'a1', skills: ['a'], months: 2 },
        { id: 'b1', skills: ['b'], months: 10 },
      ],
    },
    total: 15,
    open: 5,
    courses: ['a1:3-5', 'b1:5-15'],
  },
  {
    name: 'a first project no course prepares opens when design ends',
    sketch: { design_months: 2.5, projects: [{ id: 'p1', skills: ['a'] }], courses: [] },
    total: 2.5,
    open: 2.5,
    courses: [],
  },
  {
    name: 'fractional months add up without floating-point noise',
    sketch: {
      design_months: 2.1,
      teams: 1,
      projects: [{ id: 'p1', skills: ['a'] }],
      courses: [{ id: 'c', skills: ['a'], months: 0.2 }],
    },
    total: 2.3,
    open: 2.3,
    courses: ['c:2.1-2.3'],
  },
  {
    name: 'a program without projects schedules every course as never needed',
    sketch: {
      teams: 2,
      courses: [
        { id: 'x', skills: ['a'] },
        { id: 'y', skills: ['b'] },
        { id: 'z', skills: [] },
      ],
    },
    total: 13,
    open: 3,
    courses: ['x:3-8', 'y:3-8', 'z:8-13'],
  },
];

describe('scheduleProduction', () => {
  it.each(cases)('$name', ({ sketch, total, open, courses }) => {
    const schedule = scheduleProduction(makeProgram(sketch));
    expect(schedule.total_months).toBe(total);
    expect(schedule.open_month).toBe(open);
    expect(schedule.courses.map((c) => `${c.id}:${c.start_month}-${c.ready_month}`)).toEqual(courses);
  });

  it('reports design months and teams as given', () => {
    const schedule = scheduleProduction(makeProgram({ design_months: 4, teams: 2 }));
    expect(schedule).toEqual({ design_months: 4, teams: 2, total_months: 4, open_month: 4, safe_open_month: 4, courses: [] });
  });
});

describe('scheduleProduction at the bounds of the schema', () => {
  it('takes the most teams and months at once, without a slot per idle team', () => {
    const sketch = { design_months: BOUNDS.months, course_months: BOUNDS.months, teams: BOUNDS.teams, ...chain(3) };
    const schedule = scheduleProduction(makeProgram(sketch));
    expect(schedule).toMatchObject({ teams: 1000, total_months: 240, open_month: 240 });
    expect(schedule.courses.map((c) => `${c.id}:${c.start_month}-${c.ready_month}`)).toEqual(['c1:120-240', 'c2:120-240', 'c3:120-240']);
  });

  it('schedules 5,000 courses of 120 months with 1000 teams, or with one, in order and fast', () => {
    const many = chain(5_000);
    const wide = scheduleProduction(makeProgram({ design_months: 120, course_months: 120, teams: 1000, ...many }));
    expect(wide.total_months).toBe(120 + 5 * 120);
    expect(wide.courses[999]).toEqual({ id: 'c1000', start_month: 120, ready_month: 240 });
    expect(wide.courses[1000]).toEqual({ id: 'c1001', start_month: 240, ready_month: 360 });
    const narrow = scheduleProduction(makeProgram({ design_months: 120, course_months: 120, teams: 1, ...many }));
    expect(narrow.total_months).toBe(120 + 5_000 * 120);
    expect(narrow.courses.at(-1)).toEqual({ id: 'c5000', start_month: 120 + 4_999 * 120, ready_month: 120 + 5_000 * 120 });
  });

  it('gives a freed team the next course, ties to the lowest-numbered team, as a linear scan would', () => {
    const sketch = {
      teams: 3,
      projects: [{ id: 'p', skills: ['a'] }],
      courses: [3, 1, 2, 1, 1, 4].map((months, i) => ({ id: `c${i}`, skills: ['a'], months })),
    };
    expect(scheduleProduction(makeProgram(sketch)).courses.map((c) => `${c.id}:${c.start_month}-${c.ready_month}`)).toEqual([
      'c0:3-6',
      'c1:3-4',
      'c2:3-5',
      'c3:4-5',
      'c4:5-6',
      'c5:5-9',
    ]);
  });
});
