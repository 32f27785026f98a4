// Per-career tallies keyed by small integer ids (companies, days, skills). Each starts as a
// Map and turns into a typed array indexed by id once it holds `DENSE_AFTER` ids, which
// saves hashing on the hot path of big careers. Only careers with that many distinct ids
// go dense, so the arrays cost at most (rows / DENSE_AFTER) x ids x 4 bytes.

const DENSE_AFTER = 128;

/** Distinct ids (a career's companies). */
export class IdSet {
  private sparse: Set<number> | null = new Set();
  private dense: Uint8Array | null = null;
  size = 0;

  add(id: number): void {
    if (this.dense) {
      if (id >= this.dense.length) this.dense = grow(this.dense, id);
      if (this.dense[id] === 0) {
        this.dense[id] = 1;
        this.size++;
      }
      return;
    }
    const sparse = this.sparse!;
    sparse.add(id);
    this.size = sparse.size;
    if (this.size >= DENSE_AFTER) {
      this.dense = new Uint8Array(Math.max(...sparse) + 1);
      for (const known of sparse) this.dense[known] = 1;
      this.sparse = null;
    }
  }

  /** The ids in the set. */
  *ids(): IterableIterator<number> {
    if (this.sparse) yield* this.sparse;
    else for (let id = 0; id < this.dense!.length; id++) if (this.dense![id] === 1) yield id;
  }
}

/** How many postings per id (a career's days or skills). */
export class IdCounts {
  private sparse: Map<number, number> | null = new Map();
  private dense: Float64Array | null = null;

  add(id: number, count: number): void {
    if (this.dense) {
      if (id >= this.dense.length) this.dense = grow(this.dense, id);
      this.dense[id]! += count;
      return;
    }
    const sparse = this.sparse!;
    sparse.set(id, (sparse.get(id) ?? 0) + count);
    if (sparse.size >= DENSE_AFTER) {
      this.dense = new Float64Array(Math.max(...sparse.keys()) + 1);
      for (const [known, total] of sparse) this.dense[known] = total;
      this.sparse = null;
    }
  }

  /** [id, count] pairs with a count above zero. */
  *entries(): IterableIterator<[number, number]> {
    if (this.sparse) yield* this.sparse;
    else for (let id = 0; id < this.dense!.length; id++) if (this.dense![id]! > 0) yield [id, this.dense![id]!];
  }
}

function grow<T extends Uint8Array | Float64Array>(array: T, id: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(id + 1, array.length * 2));
  bigger.set(array);
  return bigger;
}
