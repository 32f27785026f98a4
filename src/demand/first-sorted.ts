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
    if (heap.length < this.count) {
      // Until it is full the heap is only a list: ordering it as it fills would be wasted when
      // every item offered is kept (`--top` above the number of careers); it is ordered once full.
      heap.push(item);
      if (heap.length === this.count) for (let i = (heap.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
    } else if (this.count > 0 && this.compare(item, heap[0]!) < 0) {
      heap[0] = item;
      this.siftDown(0);
    }
  }

  /** Moves the item at `i` down below any worse child. */
  private siftDown(from: number): void {
    const heap = this.heap;
    for (let i = from; ; ) {
      const left = 2 * i + 1;
      let top = i;
      if (left < heap.length && this.worse(left, top)) top = left;
      if (left + 1 < heap.length && this.worse(left + 1, top)) top = left + 1;
      if (top === i) break;
      this.swap(i, top);
      i = top;
    }
  }

  /** The items kept, first first. Two items `compare` ties may come in either order, or either be cut. */
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
