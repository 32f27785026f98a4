// Maps byte ranges to values without decoding them: FNV-1a hash of the bytes, then a byte
// compare. Keys are copied on insertion so they never pin a chunk; the cache empties itself
// past `limit` entries, so memory stays bounded even when every row is distinct.

interface Entry<T> {
  key: Uint8Array;
  value: T;
  next: Entry<T> | undefined;
}

/** FNV-1a: start from FNV_OFFSET, then `hash = Math.imul(hash ^ byte, FNV_PRIME)` per byte. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export class ByteCache<T> {
  private table = new Map<number, Entry<T>>();
  private size = 0;
  private lastHash = 0;

  constructor(private readonly limit = 200_000) {}

  /** The value cached for `buf[start, end)`, or undefined. Remembers the hash for `set`. */
  get(buf: Uint8Array, start: number, end: number): T | undefined {
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ buf[i]!, FNV_PRIME);
    return this.getHashed(hash, buf, start, end);
  }

  /** Like `get`, with the FNV-1a hash of the range already computed (see `FNV_OFFSET`). */
  getHashed(fullHash: number, buf: Uint8Array, start: number, end: number): T | undefined {
    const hash = fullHash & 0x3fffffff;
    this.lastHash = hash;
    const length = end - start;
    search: for (let entry = this.table.get(hash); entry; entry = entry.next) {
      const key = entry.key;
      if (key.length !== length) continue;
      for (let i = 0; i < length; i++) if (key[i] !== buf[start + i]) continue search;
      return entry.value;
    }
    return undefined;
  }

  /** Caches `value` for the range just missed by `get`. */
  set(buf: Uint8Array, start: number, end: number, value: T): void {
    if (this.size >= this.limit) {
      this.table = new Map();
      this.size = 0;
    }
    this.table.set(this.lastHash, { key: new Uint8Array(buf.subarray(start, end)), value, next: this.table.get(this.lastHash) });
    this.size++;
  }
}
