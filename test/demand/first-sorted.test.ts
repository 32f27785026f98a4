import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstSorted } from '../../src/demand/first-sorted.js';

const byValue = (a: number, b: number) => a - b;

describe('FirstSorted', () => {
  it('keeps the first `count` items in order, whatever the order they come in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { maxLength: 300 }), fc.nat({ max: 400 }), (items, count) => {
        const first = new FirstSorted(count, byValue);
        for (const item of items) first.offer(item);
        expect(first.sorted()).toEqual([...items].sort(byValue).slice(0, count));
      }),
    );
  });

  it('keeps everything without a count', () => {
    const first = new FirstSorted(Infinity, byValue);
    for (const item of [5, 3, 9, 1]) first.offer(item);
    expect(first.sorted()).toEqual([1, 3, 5, 9]);
  });
});
