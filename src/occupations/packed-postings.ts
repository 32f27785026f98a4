// The postings of a title index: for each (head noun, word) pair, the titles with that head
// noun holding that word. Built by sorting (pair, title) entries packed in doubles, which is
// several times faster than a Map of arrays and allocates almost nothing, then stored in the
// data files so loading a taxonomy only reads them; looked up by binary search.

/** Room for title numbers in a packed entry: pair × 2^20 + title. */
export const TITLE_SPACE = 2 ** 20;

/** Postings as the data files store them: pairs as differences from the previous pair, titles per pair. */
export interface StoredPostings {
  pairGaps: number[];
  counts: number[];
  titles: number[];
}

export class PackedPostings {
  private readonly keys: Int32Array;
  private readonly starts: Int32Array;
  private readonly titles: Int32Array;

  /** Postings from stored form (no sorting: the build did it). */
  static fromStored(stored: StoredPostings): PackedPostings {
    const keys = Int32Array.from(stored.pairGaps);
    for (let slot = 1; slot < keys.length; slot++) keys[slot] = keys[slot]! + keys[slot - 1]!;
    const starts = new Int32Array(keys.length + 1);
    for (let slot = 0; slot < keys.length; slot++) starts[slot + 1] = starts[slot]! + stored.counts[slot]!;
    return new PackedPostings(keys, starts, Int32Array.from(stored.titles));
  }

  /** `entries` holds pair × TITLE_SPACE + title for every posting, in any order (it is sorted in place). */
  static fromEntries(entries: Float64Array): PackedPostings {
    const sorted = entries.sort();
    const keys = new Int32Array(sorted.length);
    const starts = new Int32Array(sorted.length + 1);
    const titles = new Int32Array(sorted.length);
    let slots = 0;
    for (let position = 0; position < sorted.length; position++) {
      const entry = sorted[position]!;
      const pair = Math.floor(entry / TITLE_SPACE);
      if (slots === 0 || keys[slots - 1] !== pair) {
        keys[slots] = pair;
        starts[slots++] = position;
      }
      titles[position] = entry - pair * TITLE_SPACE;
    }
    starts[slots] = sorted.length;
    return new PackedPostings(keys.slice(0, slots), starts.slice(0, slots + 1), titles);
  }

  private constructor(keys: Int32Array, starts: Int32Array, titles: Int32Array) {
    this.keys = keys;
    this.starts = starts;
    this.titles = titles;
  }

  /** The stored form of these postings. */
  toStored(): StoredPostings {
    const pairGaps = [...this.keys].map((key, slot) => (slot === 0 ? key : key - this.keys[slot - 1]!));
    const counts = [...this.keys].map((_, slot) => this.starts[slot + 1]! - this.starts[slot]!);
    return { pairGaps, counts, titles: [...this.titles] };
  }

  /** The titles posted under a pair, or undefined. */
  titlesOf(pair: number): Int32Array | undefined {
    const slot = this.slotOf(pair);
    return slot < 0 ? undefined : this.titles.subarray(this.starts[slot]!, this.starts[slot + 1]!);
  }

  /**
   * The slot of a pair's postings, or -1: its titles are titleAt(k) for k from start(slot) to
   * end(slot), read without allocating a view (the search reads thousands per title).
   */
  slotOf(pair: number): number {
    let low = 0;
    let high = this.keys.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const key = this.keys[middle]!;
      if (key === pair) return middle;
      if (key < pair) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  start(slot: number): number {
    return this.starts[slot]!;
  }

  end(slot: number): number {
    return this.starts[slot + 1]!;
  }

  titleAt(position: number): number {
    return this.titles[position]!;
  }
}

/** Start offsets of compressed rows from row lengths (one more entry than rows). */
export function prefixSums(counts: ArrayLike<number>): Int32Array {
  const starts = new Int32Array(counts.length + 1);
  for (let row = 0; row < counts.length; row++) starts[row + 1] = starts[row]! + counts[row]!;
  return starts;
}
