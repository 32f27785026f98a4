// The postings of a title index: for each (head noun, word) pair, the titles with that head
// noun holding that word. Built by sorting (pair, title) entries packed in doubles, which is
// several times faster to build than a Map of arrays and allocates almost nothing; looked up
// by binary search.

/** Room for title numbers in a packed entry: pair × 2^20 + title. */
export const TITLE_SPACE = 2 ** 20;

export class PackedPostings {
  private readonly keys: Int32Array;
  private readonly starts: Int32Array;
  private readonly titles: Int32Array;

  /** `entries` holds pair × TITLE_SPACE + title for every posting, in any order (it is sorted in place). */
  constructor(entries: Float64Array) {
    const sorted = entries.sort();
    const keys = new Int32Array(sorted.length);
    const starts = new Int32Array(sorted.length + 1);
    let slots = 0;
    this.titles = new Int32Array(sorted.length);
    for (let position = 0; position < sorted.length; position++) {
      const entry = sorted[position]!;
      const pair = Math.floor(entry / TITLE_SPACE);
      if (slots === 0 || keys[slots - 1] !== pair) {
        keys[slots] = pair;
        starts[slots++] = position;
      }
      this.titles[position] = entry - pair * TITLE_SPACE;
    }
    starts[slots] = sorted.length;
    this.keys = keys.slice(0, slots);
    this.starts = starts.slice(0, slots + 1);
  }

  /** The titles posted under a pair, or undefined. */
  titlesOf(pair: number): Int32Array | undefined {
    let low = 0;
    let high = this.keys.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const key = this.keys[middle]!;
      if (key === pair) return this.titles.subarray(this.starts[middle]!, this.starts[middle + 1]!);
      if (key < pair) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}
