// The first few items of a long stream in order, without holding or sorting the whole stream.

/**
 * Keeps the first `count` items offered, in `compare` order (all of them when `count` is
 * Infinity): a bounded heap with the worst kept item on top, so a million careers are
 * neither all held nor all sorted to show 20.
 */
export class FirstSorted<T> {
  private readonly heap: T[] = [];

  constructor(
    private readonly count: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const heap = this.heap;
    if (this.count === Infinity) heap.push(item);
    else if (heap.length < this.count) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && this.worse(i, (i - 1) >> 1); i = (i - 1) >> 1) this.swap(i, (i - 1) >> 1);
    } else if (this.count > 0 && this.compare(item, heap[0]!) < 0) {
      heap[0] = item;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        let top = i;
        if (left < heap.length && this.worse(left, top)) top = left;
        if (left + 1 < heap.length && this.worse(left + 1, top)) top = left + 1;
        if (top === i) break;
        this.swap(i, top);
        i = top;
      }
    }
  }

  /** The items kept, first first. */
  sorted(): T[] {
    return this.heap.sort(this.compare);
  }

  private worse(i: number, j: number): boolean {
    return this.compare(this.heap[i]!, this.heap[j]!) > 0;
  }

  private swap(i: number, j: number): void {
    const kept = this.heap[i]!;
    this.heap[i] = this.heap[j]!;
    this.heap[j] = kept;
  }
}
