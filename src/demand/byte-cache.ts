// Maps byte ranges to values without decoding them: FNV-1a hash of the bytes, an
// open-addressing table of typed arrays, then a byte compare. Keys are copied into a pool
// on insertion so they never pin a chunk; the cache empties itself past `limit` entries
// or 32 MiB of keys, so memory stays bounded even when every row is distinct.

/** FNV-1a: start from FNV_OFFSET, then `hash = Math.imul(hash ^ byte, FNV_PRIME)` per byte. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

const MAX_KEY_BYTES = 4096;
const MAX_POOL_BYTES = 32 * 1024 * 1024;

export class ByteCache<T> {
  /** Slot -> entry index + 1 (0: empty). Twice the limit, so probes stay short. */
  private slots: Int32Array;
  private readonly mask: number;
  private hashes: Int32Array;
  private keyStarts: Int32Array;
  private keyLengths: Int32Array;
  private pool = new Uint8Array(1 << 16);
  private poolUsed = 0;
  private values: T[] = [];
  private size = 0;
  private lastSlot = 0;
  private lastHash = 0;

  constructor(private readonly limit = 200_000) {
    let capacity = 16;
    while (capacity < limit * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    const entries = Math.min(limit, 1024);
    this.hashes = new Int32Array(entries);
    this.keyStarts = new Int32Array(entries);
    this.keyLengths = new Int32Array(entries);
  }

  /** The value cached for `buf[start, end)`, or undefined. Remembers where to `set`. */
  get(buf: Uint8Array, start: number, end: number): T | undefined {
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ buf[i]!, FNV_PRIME);
    return this.getHashed(hash, buf, start, end);
  }

  /** Like `get`, with the FNV-1a hash of the range already computed. */
  getHashed(hash: number, buf: Uint8Array, start: number, end: number): T | undefined {
    const length = end - start;
    const pool = this.pool;
    let slot = hash & this.mask;
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      const index = entry - 1;
      if (this.hashes[index] === hash && this.keyLengths[index] === length) {
        const keyStart = this.keyStarts[index]!;
        let same = true;
        for (let i = 0; i < length; i++) {
          if (pool[keyStart + i] !== buf[start + i]) {
            same = false;
            break;
          }
        }
        if (same) return this.values[index];
      }
      slot = (slot + 1) & this.mask;
    }
    this.lastSlot = slot;
    this.lastHash = hash;
    return undefined;
  }

  /** Caches `value` for the range just missed by `get` or `getHashed` (not keys over 4 KiB). */
  set(buf: Uint8Array, start: number, end: number, value: T): void {
    const length = end - start;
    if (length > MAX_KEY_BYTES) return;
    if (this.size >= this.limit || this.poolUsed + length > MAX_POOL_BYTES) {
      this.clear();
      this.getHashed(this.lastHash, buf, start, end);
    }
    if (this.poolUsed + length > this.pool.length) this.pool = grow(this.pool, this.poolUsed + length);
    // A loop, not `pool.set(buf.subarray(...))`: a Buffer's subarray constructs a Buffer, which
    // costs more than copying a title's few dozen bytes.
    const pool = this.pool;
    for (let i = 0, at = this.poolUsed; i < length; i++) pool[at + i] = buf[start + i]!;
    const index = this.size++;
    if (index >= this.hashes.length) {
      this.hashes = grow(this.hashes, index + 1);
      this.keyStarts = grow(this.keyStarts, index + 1);
      this.keyLengths = grow(this.keyLengths, index + 1);
    }
    this.hashes[index] = this.lastHash;
    this.keyStarts[index] = this.poolUsed;
    this.keyLengths[index] = length;
    this.values[index] = value;
    this.poolUsed += length;
    this.slots[this.lastSlot] = index + 1;
  }

  private clear(): void {
    this.slots.fill(0);
    this.values = [];
    this.size = 0;
    this.poolUsed = 0;
  }
}

function grow<A extends Uint8Array | Int32Array>(array: A, needed: number): A {
  const bigger = new (array.constructor as new (length: number) => A)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}
