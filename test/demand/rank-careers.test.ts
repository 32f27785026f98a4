import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CareerStats } from '../../src/demand/career-stats.js';
import { FirstSorted } from '../../src/demand/first-sorted.js';
import { growth, rankCareers, weightedMedian } from '../../src/demand/rank-careers.js';
import type { Career } from '../../src/demand/read-demand.js';

const stats = (postings: number, skills: Record<string, number> = {}, days: Record<number, number> = {}): CareerStats => ({
  postings,
  companies: 1,
  days: new Map(Object.entries(days).map(([day, count]) => [Number(day), count])),
  durations: new Map(),
  skills: new Map(Object.entries(skills)),
});
const all = { companies: true, dates: true, durations: false, skills: true };

describe('growth', () => {
  it('compares the later half of the dated period with the earlier half', () => {
    const days = new Map([
      [0, 10],
      [4, 10],
      [5, 15],
      [9, 15],
    ]);
    expect(growth(days, { first: 0, last: 9 })).toBe(0.5);
  });

  it('is null with fewer than 30 dated postings, no earlier posting, or a one-day period', () => {
    expect(
      growth(
        new Map([
          [0, 10],
          [9, 19],
        ]),
        { first: 0, last: 9 },
      ),
    ).toBeNull();
    expect(growth(new Map([[9, 40]]), { first: 0, last: 9 })).toBeNull();
    expect(growth(new Map([[3, 40]]), { first: 3, last: 3 })).toBeNull();
  });
});

describe('weightedMedian', () => {
  it('takes the middle value of a histogram, averaging the two middles of an even count', () => {
    expect(
      weightedMedian(
        new Map([
          [1, 1],
          [5, 1],
          [9, 1],
        ]),
        (v) => v,
      ),
    ).toBe(5);
    expect(
      weightedMedian(
        new Map([
          [1, 2],
          [5, 2],
        ]),
        (v) => v,
      ),
    ).toBe(3);
    expect(
      weightedMedian(
        new Map([
          [1, 10],
          [100, 1],
        ]),
        (v) => v,
      ),
    ).toBe(1);
    expect(weightedMedian(new Map(), (v) => v)).toBeNull();
  });
});

function career(title: string, careerStats: CareerStats): Career {
  return { key: title, title, code: null, stats: careerStats, variants: [{ title, postings: careerStats.postings }] };
}

describe('rankCareers', () => {
  const careers = [
    career('nurse', stats(2, { care: 2 })),
    career('data analyst', stats(5, { sql: 4, excel: 2, python: 2 })),
    career('data engineer', stats(5, { python: 5 })),
  ];
  const input = (available = all, skipped = 0) => ({
    careers,
    available,
    postings: 12,
    skipped,
    use: { taxonomy: null, level: null, coded: null },
  });

  it('ranks by postings, breaks ties by name, and computes shares', () => {
    const ranking = rankCareers(input(all, 1), { rankBy: 'postings', skillsPerCareer: 2 });
    expect(ranking.careers.map((c) => [c.rank, c.title, c.share])).toEqual([
      [1, 'data analyst', 0.4167],
      [2, 'data engineer', 0.4167],
      [3, 'nurse', 0.1667],
    ]);
    expect(ranking.careers[0]!.skills).toEqual([
      { skill: 'sql', postings: 4, share: 0.8 },
      { skill: 'excel', postings: 2, share: 0.4 },
    ]);
    expect(ranking).toMatchObject({ postings: 12, skipped: 1 });
  });

  it('with a job, keeps that career with every skill and its overall rank', () => {
    const ranking = rankCareers(input(), { rankBy: 'postings', skillsPerCareer: 1, job: 'nurse' });
    expect(ranking.careers).toHaveLength(1);
    expect(ranking.careers[0]).toMatchObject({ rank: 3, title: 'nurse', skills: [{ skill: 'care', postings: 2, share: 1 }] });
  });

  it('puts null metrics last and reports missing columns as null', () => {
    const ranking = rankCareers(input({ ...all, companies: false, dates: false }), { rankBy: 'growth', skillsPerCareer: 0 });
    expect(ranking.careers.map((c) => c.title)).toEqual(['data analyst', 'data engineer', 'nurse']);
    expect(ranking.careers[0]).toMatchObject({ companies: null, growth: null, median_age_days: null, median_duration_days: null });
  });
});

describe('FirstSorted', () => {
  it('gives the first n items of a full sort, ties broken the same way', () => {
    const compare = (a: [number, number], b: [number, number]) => b[0] - a[0] || a[1] - b[1];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 200 }),
        fc.oneof(fc.nat({ max: 60 }), fc.constant(Infinity)),
        (values, count) => {
          const items = values.map((value, index): [number, number] => [value, index]);
          const first = new FirstSorted(count, compare);
          for (const item of items) first.offer(item);
          expect(first.sorted()).toEqual([...items].sort(compare).slice(0, count));
        },
      ),
    );
  });
});
