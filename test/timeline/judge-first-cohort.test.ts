import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOUNDS } from '../../src/model/schema.js';
import { planProduction } from '../../src/timeline/schedule-production.js';
import { makeProgram, type ProgramSketch } from './make-program.js';

const late = (sketch: ProgramSketch) => planProduction(makeProgram(sketch)).late;
const schedule = (sketch: ProgramSketch) => planProduction(makeProgram(sketch)).schedule;

/** At 15 hours a week, 195 hours are 13 weeks: exactly 3 months. */
const THREE_MONTHS = 195;

/** p1 needs an existing course (the program opens when design ends, at 3); p2 starts 3 months later, at month 6. */
function onTime(months: number): ProgramSketch {
  return {
    projects: [
      { id: 'p1', skills: ['a'], hours: THREE_MONTHS },
      { id: 'p2', skills: ['b'], hours: 30 },
    ],
    courses: [
      { id: 'have-a', skills: ['a'], status: 'existing' },
      { id: 'make-b', skills: ['b'], months },
    ],
  };
}

describe('late courses and safe_open_month', () => {
  it('finds no late course and keeps open_month when every course is ready in time', () => {
    expect(late(onTime(2))).toEqual([]);
    expect(schedule(onTime(2))).toMatchObject({ open_month: 3, safe_open_month: 3 });
  });

  it('a course ready exactly when the cohort reaches its project is on time', () => {
    // make-b: from 3 to 6; p2 starts at week 13, that is 3 + 13 / (52 / 12) = 6.
    expect(late(onTime(3))).toEqual([]);
    expect(schedule(onTime(3)).safe_open_month).toBe(3);
  });

  it('a course ready after the cohort reaches its project is late', () => {
    expect(late(onTime(4))).toEqual([{ index: 1, id: 'make-b', project: 'p2', ready_month: 7, needed_month: 6 }]);
    // 7 - 3 = 4: a cohort starting at month 4 reaches p2 at month 7.
    expect(schedule(onTime(4)).safe_open_month).toBe(4);
    expect(schedule(onTime(3.5)).safe_open_month).toBe(4);
  });

  it('never finds existing or external courses late, even for the last project', () => {
    const sketch: ProgramSketch = {
      projects: [
        { id: 'p1', skills: ['a'] },
        { id: 'p2', skills: ['b'] },
        { id: 'p3', skills: ['c'] },
      ],
      courses: [
        { id: 'make-a', skills: ['a'], months: 10 },
        { id: 'have-b', skills: ['b'], status: 'existing' },
        { id: 'buy-c', skills: ['c'], status: 'external', url: 'https://example.org' },
      ],
    };
    expect(late(sketch)).toEqual([]);
    expect(schedule(sketch)).toMatchObject({ open_month: 13, safe_open_month: 13 });
  });

  it('judges a course needed by several projects at the first of them', () => {
    const sketch: ProgramSketch = {
      projects: [
        { id: 'p1', skills: ['a'], hours: THREE_MONTHS },
        { id: 'p2', skills: ['b'], hours: THREE_MONTHS },
        { id: 'p3', skills: ['c'], hours: THREE_MONTHS },
      ],
      courses: [
        { id: 'have-a', skills: ['a'], status: 'existing' },
        // Needed by p3 (month 9) and p2 (month 6): in time for p3, late for p2.
        { id: 'make-bc', skills: ['c', 'b'], months: 5 },
      ],
    };
    expect(late(sketch)).toEqual([{ index: 1, id: 'make-bc', project: 'p2', ready_month: 8, needed_month: 6 }]);
    expect(schedule(sketch).safe_open_month).toBe(5);
  });

  it('ignores courses no project needs', () => {
    const sketch: ProgramSketch = { projects: [{ id: 'p1', skills: ['a'] }], courses: [{ id: 'orphan', skills: ['z'], months: 100 }] };
    expect(late(sketch)).toEqual([]);
    expect(schedule(sketch).safe_open_month).toBe(3);
  });

  it('never reports a course of the first project: the program opens when they are ready', () => {
    const sketch: ProgramSketch = { projects: [{ id: 'p1', skills: ['a', 'b'] }], courses: [{ id: 'make-a', skills: ['a'], months: 7 }] };
    expect(late(sketch)).toEqual([]);
    expect(schedule(sketch)).toMatchObject({ open_month: 10, safe_open_month: 10 });
  });

  it('gives a whole month: a program that can open at month 7.5 is safe at month 8', () => {
    const sketch: ProgramSketch = { projects: [{ id: 'p1', skills: ['a'] }], courses: [{ id: 'make-a', skills: ['a'], months: 4.5 }] };
    expect(schedule(sketch)).toMatchObject({ open_month: 7.5, safe_open_month: 8 });
  });

  it('is the first whole month from open_month at which no course is late, as a search month by month finds it', () => {
    const sketchArbitrary = fc
      .record({
        design: fc.integer({ min: 1, max: 6 }),
        teams: fc.integer({ min: 1, max: 3 }),
        pace: fc.integer({ min: 5, max: 20 }),
        projects: fc.array(fc.record({ skills: fc.subarray(['a', 'b', 'c', 'd', 'e']), hours: fc.integer({ min: 1, max: 120 }) }), {
          maxLength: 6,
        }),
        courses: fc.array(
          fc.record({
            skills: fc.subarray(['a', 'b', 'c', 'd', 'e'], { minLength: 1 }),
            months: fc.integer({ min: 1, max: 12 }),
            status: fc.constantFrom('to-produce' as const, 'to-produce' as const, 'existing' as const),
          }),
          { maxLength: 6 },
        ),
      })
      .map(
        (r): ProgramSketch => ({
          design_months: r.design,
          teams: r.teams,
          hours_per_week: r.pace,
          projects: r.projects.map((p, i) => ({ id: `p${i}`, ...p })),
          courses: r.courses.map((c, i) => ({ id: `c${i}`, ...c })),
        }),
      );
    fc.assert(
      fc.property(sketchArbitrary, (sketch) => {
        const program = makeProgram(sketch);
        const { schedule: production, late: found } = planProduction(program);
        // Whole numbers everywhere: "ready <= m + W / (52 / 12)" is "(ready - m) * 52 <= W * 12", exactly.
        let week = 0;
        const startWeek = program.projects.map((p) => {
          const start = week;
          week += Math.ceil(p.hours / program.program.hours_per_week);
          return start;
        });
        const ready = new Map(production.courses.map((c) => [c.id, c.ready_month]));
        const needs = program.courses.flatMap((course) => {
          const first = program.projects.findIndex((p) => p.skills.some((s) => course.skills.includes(s)));
          const readyMonth = ready.get(course.id);
          return first === -1 || readyMonth === undefined ? [] : [{ id: course.id, ready: readyMonth, week: startWeek[first] as number }];
        });
        const lateAt = (m: number) => needs.filter((n) => (n.ready - m) * 52 > n.week * 12).map((n) => n.id);
        let safe = Math.ceil(production.open_month);
        while (lateAt(safe).length > 0) safe += 1;
        expect(production.safe_open_month).toBe(safe);
        expect(found.map((c) => c.id).sort()).toEqual(lateAt(production.open_month).sort());
      }),
      { numRuns: 500 },
    );
  });
});

describe('safe_open_month at the bounds of the schema', () => {
  it('is computed in one pass for thousands of courses and projects of 120 months and 10,000 hours', () => {
    const count = 5_000;
    const sketch: ProgramSketch = {
      design_months: BOUNDS.months,
      course_months: BOUNDS.months,
      teams: 1,
      hours_per_week: 1,
      projects: Array.from({ length: count }, (_, i) => ({ id: `p${i}`, skills: [`s${i}`], hours: BOUNDS.hours })),
      courses: Array.from({ length: count }, (_, i) => ({ id: `c${i}`, skills: [`s${i}`] })),
    };
    const { schedule: production, late: found } = planProduction(makeProgram(sketch));
    // One team: course i is ready at 120 + 120 (i + 1); project i starts 10,000 i weeks in, 2307.7 i months.
    // Each project's course is in time, since 10,000 weeks (2,307.7 months) pass between two projects.
    expect(production.open_month).toBe(240);
    expect(found).toEqual([]);
    expect(production.safe_open_month).toBe(240);

    const fast: ProgramSketch = { ...sketch, hours_per_week: BOUNDS.hours_per_week.max };
    const crowded = planProduction(makeProgram(fast));
    // At 168 hours a week a project takes 60 weeks (13.8 months), less than a course: every course
    // but the first project's is late. The last, ready at 600,120, is needed 4,999 x 60 = 299,940
    // weeks in, 69,216.9 months: 600,120 - 69,216.9 = 530,903.1, so 530,904.
    expect(crowded.late).toHaveLength(count - 1);
    expect(crowded.schedule.safe_open_month).toBe(530_904);
  });
});
