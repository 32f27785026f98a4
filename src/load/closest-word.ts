// "did you mean ...?" hints: the nearest candidate by edit distance.

/**
 * Edit-distance work (cells of the distance table) one finder may spend on hints: ample for
 * any real program (100 skills x 100 typos x 20 characters is 1M cells), and a cap on a file
 * with thousands of references to thousands of ids, where hints would cost quadratic time.
 */
const HINT_BUDGET = 20_000_000;

/** The candidate nearest to `word`, when it is close enough to be a likely typo. */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  return closestWordFinder(candidates)(word);
}

/**
 * A `closestWord` over fixed candidates for many words: candidates grouped by length (a
 * likely typo is at most 2 edits away, so at most 2 characters longer or shorter), each
 * answer computed once, ties going to the earliest candidate, and no more hints once
 * `budget` cells of distance tables have been computed.
 */
export function closestWordFinder(candidates: readonly string[], budget = HINT_BUDGET): (word: string) => string | undefined {
  const byLength = new Map<number, { lower: string; index: number }[]>();
  candidates.forEach((candidate, index) => {
    const lower = candidate.toLowerCase();
    const group = byLength.get(lower.length);
    if (group) group.push({ lower, index });
    else byLength.set(lower.length, [{ lower, index }]);
  });
  const answers = new Map<string, string | undefined>();
  let spent = 0;
  return (word) => {
    if (answers.has(word)) return answers.get(word);
    if (spent > budget) return undefined;
    const lower = word.toLowerCase();
    const limit = lower.length <= 3 ? 1 : 2;
    let best: { distance: number; index: number } | undefined;
    for (let length = Math.max(0, lower.length - limit); length <= lower.length + limit; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        spent += (Math.min(lower.length, length) + 1) * (2 * limit + 1);
        const distance = boundedDistance(lower, candidate.lower, limit);
        if (distance > limit) continue;
        if (!best || distance < best.distance || (distance === best.distance && candidate.index < best.index)) {
          best = { distance, index: candidate.index };
        }
      }
    }
    const answer = best === undefined ? undefined : candidates[best.index];
    answers.set(word, answer);
    return answer;
  };
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours. */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Math.max(a.length, b.length));
}

/**
 * The optimal string alignment distance of `a` and `b` when it is at most `limit`, else
 * `limit + 1`. Only the diagonal band of width 2 x limit + 1 is computed, three rows at a
 * time: O(length x limit) time and O(length) memory, whatever the lengths.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  const width = b.length + 1;
  let before = new Int32Array(width).fill(over);
  let above = new Int32Array(width).fill(over);
  let row = new Int32Array(width).fill(over);
  for (let j = 0; j <= Math.min(b.length, limit); j++) above[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    row[from - 1] = from === 1 && i <= limit ? i : over;
    if (to + 1 < width) row[to + 1] = over;
    let rowMin = row[from - 1]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row[j] = Math.min(value, over);
      rowMin = Math.min(rowMin, row[j]!);
    }
    if (rowMin >= over) return over;
    [before, above, row] = [above, row, before];
  }
  return Math.min(above[b.length]!, over);
}
