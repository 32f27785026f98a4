// The production teams as a min-heap: the team free the soonest in O(log teams), ties to the lowest index.

/** One team: when it is free (months from the start of design) and its number, for ties. */
interface Team {
  freeAt: number;
  index: number;
}

export interface TeamQueue {
  /** The team free the soonest (the lowest-numbered among equals): when it is free. */
  peek(): number;
  /** Gives the team at the top its next course, ending at `freeAt`. */
  assign(freeAt: number): void;
}

/** `count` teams, all free at `freeAt`. Memory grows with `count`: pass no more teams than courses. */
export function createTeamQueue(count: number, freeAt: number): TeamQueue {
  // Equal free times and indexes in increasing order: already a heap.
  const heap: Team[] = Array.from({ length: count }, (_, index) => ({ freeAt, index }));
  return {
    peek: () => (heap[0] ?? { freeAt }).freeAt,
    assign(next) {
      const top = heap[0];
      if (!top) return;
      top.freeAt = next;
      siftDown(heap);
    },
  };
}

function before(a: Team, b: Team): boolean {
  return a.freeAt < b.freeAt || (a.freeAt === b.freeAt && a.index < b.index);
}

function siftDown(heap: Team[]): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let first = i;
    if (left < heap.length && before(heap[left] as Team, heap[first] as Team)) first = left;
    if (right < heap.length && before(heap[right] as Team, heap[first] as Team)) first = right;
    if (first === i) return;
    [heap[i], heap[first]] = [heap[first] as Team, heap[i] as Team];
    i = first;
  }
}
