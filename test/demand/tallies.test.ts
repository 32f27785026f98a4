import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteCache } from '../../src/demand/byte-cache.js';
import { IdCounts, IdSet } from '../../src/demand/id-tallies.js';

describe('ByteCache', () => {
  it('behaves like a Map keyed by byte content, whatever buffer the bytes sit in, even when it empties itself', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.uint8Array({ maxLength: 6 }), fc.nat({ max: 3 })), { maxLength: 80 }),
        fc.integer({ min: 1, max: 20 }),
        (keys, limit) => {
          const cache = new ByteCache<string>(limit);
          for (const [key, offset] of keys) {
            const buf = Buffer.concat([Buffer.alloc(offset, 7), key, Buffer.alloc(2, 9)]);
            const expected = Buffer.from(key).toString('hex');
            const found = cache.get(buf, offset, offset + key.length);
            if (found === undefined) cache.set(buf, offset, offset + key.length, expected);
            else expect(found).toBe(expected);
            buf.fill(0);
          }
        },
      ),
    );
  });

  it('does not keep keys over 4 KiB', () => {
    const cache = new ByteCache<number>();
    const long = Buffer.alloc(5000, 97);
    expect(cache.get(long, 0, long.length)).toBeUndefined();
    cache.set(long, 0, long.length, 1);
    expect(cache.get(long, 0, long.length)).toBeUndefined();
    expect(cache.get(long, 0, 10)).toBeUndefined();
    cache.set(long, 0, 10, 2);
    expect(cache.get(long, 0, 10)).toBe(2);
  });
});

describe('IdSet and IdCounts', () => {
  it('count like a Set and a Map, before and after going dense', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 600 }), fc.integer({ min: 1, max: 5 })), { maxLength: 400 }), (pairs) => {
        const set = new IdSet();
        const counts = new IdCounts();
        const expected = new Map<number, number>();
        for (const [id, count] of pairs) {
          set.add(id);
          counts.add(id, count);
          expected.set(id, (expected.get(id) ?? 0) + count);
        }
        expect(set.size).toBe(expected.size);
        expect(new Map(counts.entries())).toEqual(expected);
      }),
    );
  });
});
