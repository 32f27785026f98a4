import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDistance, closestWord, editDistance } from '../../src/load/closest-word.js';

describe('closestWord', () => {
  it('suggests likely typos, swaps included', () => {
    expect(closestWord('nmae', ['id', 'name', 'ref'])).toBe('name');
    expect(closestWord('skils', ['program', 'skills', 'projects'])).toBe('skills');
    expect(closestWord('Title', ['title'])).toBe('title');
    expect(closestWord('to_produce', ['to-produce', 'existing'])).toBe('to-produce');
  });

  it('suggests nothing when nothing is close', () => {
    expect(closestWord('colour', ['id', 'name', 'ref', 'market_share'])).toBeUndefined();
    expect(closestWord('ab', ['id'])).toBeUndefined();
  });

  it('measures edits', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'acb')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

/** The textbook optimal string alignment distance, full table: the oracle of `boundedDistance`. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('boundedDistance', () => {
  it('is the full distance, capped at limit + 1', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 12 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        expect(boundedDistance(a, b, limit)).toBe(Math.min(fullDistance(a, b), limit + 1));
      }),
      { numRuns: 500 },
    );
  });

  it('compares long words in time and memory linear in their length', () => {
    const long = 'ab'.repeat(50_000);
    expect(boundedDistance(long, `${long}x`, 2)).toBe(1);
    expect(boundedDistance(long, `x${long.slice(1)}`, 2)).toBe(1);
  });
});
