// The postings of a title index: for each (head noun, word) pair, the titles with that head
// noun holding that word. Built by sorting (pair, title) entries packed in doubles, which is
// several times faster than a Map of arrays and allocates almost nothing, then stored in the
// data files so loading a taxonomy only reads them; looked up by binary search.

/** Room for title numbers in a packed entry: pair × 2^20 + title. */
export const TITLE_SPACE = 2 ** 20;

/** Postings as the data files store them: pairs as differences from the previous pair, titles per pair. */
export interface StoredPostings {
  pairGaps: ArrayLike<number>;
  counts: ArrayLike<number>;
  titles: ArrayLike<number>;
}

export class PackedPostings {
  /** The pairs, ascending. */
  readonly keys: Int32Array;
  /** Where each pair's titles start in `titles` (one more entry than pairs). */
  readonly starts: Int32Array;
  readonly titles: Int32Array;

  /** Postings from stored form (no sorting: the build did it). */
  static fromStored(stored: StoredPostings): PackedPostings {
    const keys = Int32Array.from(stored.pairGaps);
    for (let slot = 1; slot < keys.length; slot++) keys[slot] = keys[slot]! + keys[slot - 1]!;
    const starts = new Int32Array(keys.length + 1);
    for (let slot = 0; slot < keys.length; slot++) starts[slot + 1] = starts[slot]! + stored.counts[slot]!;
    return new PackedPostings(keys, starts, stored.titles instanceof Int32Array ? stored.titles : Int32Array.from(stored.titles));
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
    const slot = slotOf(this.keys, pair);
    return slot < 0 ? undefined : this.titles.subarray(this.starts[slot]!, this.starts[slot + 1]!);
  }
}

/** The slot of a pair among sorted pairs (binary search), or -1: its titles are titles[starts[slot]] to titles[starts[slot + 1] - 1]. */
export function slotOf(keys: Int32Array, pair: number): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const key = keys[middle]!;
    if (key === pair) return middle;
    if (key < pair) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The titles of the first list that every other list holds; each list in title order (as postings are), the shortest first. */
export function titlesInAll(lists: readonly Int32Array[]): number[] {
  // The first list is walked once; the others advance alongside it.
  const cursors = new Int32Array(lists.length);
  const titles: number[] = [];
  next: for (const title of lists[0]!) {
    for (let k = 1; k < lists.length; k++) {
      const list = lists[k]!;
      let at = cursors[k]!;
      while (at < list.length && list[at]! < title) at++;
      cursors[k] = at;
      if (list[at] !== title) continue next;
    }
    titles.push(title);
  }
  return titles;
}

/** Start offsets of compressed rows from row lengths (one more entry than rows). */
export function prefixSums(counts: ArrayLike<number>): Int32Array {
  const starts = new Int32Array(counts.length + 1);
  for (let row = 0; row < counts.length; row++) starts[row + 1] = starts[row]! + counts[row]!;
  return starts;
}
