// Matching one list between two versions: ids, renames by label, fields, moves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareItems, type Field } from '../../src/diff/compare-items.js';

interface Item {
  id: string;
  title: string;
  hours?: number;
  skills: string[];
}

const FIELDS: Field<Item>[] = [
  { name: 'title', get: (i) => i.title },
  { name: 'skills', list: true, get: (i) => i.skills },
  { name: 'hours', get: (i) => i.hours },
];
const item = (id: string, extra: Partial<Item> = {}): Item => ({ id, title: `Title ${id}`, skills: [], ...extra });
const compare = (before: Item[], after: Item[]) => compareItems(before, after, { label: (i) => i.title, fields: FIELDS, ordered: true });

describe('compareItems', () => {
  it('pairs a removed and an added item with the same title as a rename, and reports its other changes under the new id', () => {
    const result = compare(
      [item('sql', { hours: 10 }), item('old')],
      [item('sql-queries', { title: 'Title sql', hours: 12 }), item('new')],
    );
    expect(result).toEqual({
      added: ['new'],
      removed: ['old'],
      renamed: [{ from: 'sql', to: 'sql-queries' }],
      changed: [{ id: 'sql-queries', hours: [10, 12] }],
    });
  });

  it('compares lists as sets, and an absent value as null', () => {
    const result = compare([item('a', { skills: ['x', 'y'] }), item('b', { hours: 5 })], [item('a', { skills: ['y', 'x'] }), item('b')]);
    expect(result.changed).toEqual([{ id: 'b', hours: [5, null] }]);
  });

  it('reports the items moved relative to the others, not those shifted by a removal', () => {
    const ids = (list: string) => list.split('').map((id) => item(id));
    expect(compare(ids('abcd'), ids('acd')).changed).toEqual([]);
    expect(compare(ids('abcd'), ids('acdb')).changed).toEqual([{ id: 'b', position: [2, 4] }]);
    expect(compare(ids('abcd'), ids('dabc')).changed).toEqual([{ id: 'd', position: [4, 1] }]);
  });

  it('finds no change between a list and itself, and moves fewer items than a reordering holds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 20 }), fc.infiniteStream(fc.boolean()), (numbers, coins) => {
        const before = numbers.map((n) => item(`i${n}`));
        expect(compare(before, before)).toEqual({ added: [], removed: [], renamed: [], changed: [] });
        const after = [...before].sort(() => (coins.next().value ? 1 : -1));
        const moved = compare(before, after).changed;
        expect(moved.length).toBeLessThanOrEqual(Math.max(0, before.length - 1));
        for (const change of moved) expect(Object.keys(change)).toEqual(['id', 'position']);
      }),
    );
  });
});
