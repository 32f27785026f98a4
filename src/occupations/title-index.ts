// The titles of a taxonomy, indexed for exact lookup and for closest match. Closest match
// scores the titles that share the query's head noun by IDF-weighted word overlap; postings
// are keyed by (head noun, other word), so a query only visits titles with a word in common
// beside the head noun, never the whole taxonomy.

import type { CompactTitles } from './compact-titles.js';
import type { QueryWords } from './title-tokens.js';

/** A title found for a query, with its score in [0, 1]. */
export interface TitleMatch {
  readonly title: number;
  readonly score: number;
  /** The query segment holding the title's head noun. */
  readonly segment: number;
}

/** Extra weight of the head noun: it names the occupation ("engineer" in "software engineer"). */
const HEAD_WEIGHT = 5;
/** Weight of query words the taxonomy never uses (places, employers, tools): noise, mostly. */
const UNKNOWN_WEIGHT = 1;
/** A title must have this share of its weight in the query to be considered. */
const MIN_COVERAGE = 0.5;
/** Score factor when the title's head noun is not the query's head noun. */
const OFF_HEAD = 0.85;
/** Share of a word's titles that must end (English) or open (French) with it for it to be a head noun. */
const HEAD_SHARE = 0.4;
/** Weight of a title word found in another part of the query than its head noun ("software engineer - google cloud"). */
const OTHER_SEGMENT = 0.5;
/** Score factor when the title lacks the query's closest modifier of the head noun ("sales" in "market sales manager"). */
const OFF_MODIFIER = 0.9;
/** How many titles search returns. */
const TOP = 8;
/** Room for title numbers when a (pair, title) entry is packed in one double (pair × 2^20 + title). */
const TITLE_SPACE = 2 ** 20;

export class TitleIndex {
  /** How many titles the index holds; titles are numbered from 0. */
  readonly size: number;
  private readonly vocabulary: string[];
  private readonly tokenIds = new Map<string, number>();
  /** Exact lookup: a hash of a title's word ids -> the title (others with the same hash in sameHash). */
  private readonly idOfHash = new Map<number, number>();
  private readonly sameHash = new Map<number, number[]>();
  private readonly wordStart: Int32Array;
  private readonly wordIds: Int32Array;
  private readonly leafStart: Int32Array;
  private readonly leafIds: Int32Array;
  private readonly headLastFlags: Uint8Array;
  private readonly weights: Float64Array;
  private readonly heads: Int32Array;
  private readonly titleWeights: Float64Array;
  /**
   * Postings in compressed rows: the slot of a (head, word) pair (found by binary search in
   * slotKeys) lists the titles with that head holding that word; the (head, head) slot lists
   * one-word titles.
   */
  private readonly slotKeys: Int32Array;
  private readonly slotStart: Int32Array;
  private readonly slotTitles: Int32Array;
  /** Titles by head noun, in compressed rows indexed by word id. */
  private readonly headStart: Int32Array;
  private readonly headTitles: Int32Array;
  private readonly lastHeads = new Set<number>();
  private readonly firstHeads = new Set<number>();
  private readonly scores: Float64Array;
  private readonly segmentScores: Float64Array;
  private readonly headSegment: Int32Array;

  constructor(compact: CompactTitles) {
    const size = compact.headLast.length;
    if (size >= TITLE_SPACE) throw new Error(`A taxonomy may hold at most ${TITLE_SPACE - 1} titles.`);
    this.size = size;
    this.vocabulary = compact.vocabulary === '' ? [] : compact.vocabulary.split(' ');
    this.vocabulary.forEach((word, id) => this.tokenIds.set(word, id));
    this.wordStart = new Int32Array(size + 1);
    this.wordIds = new Int32Array(compact.words.length - size);
    this.leafStart = new Int32Array(size + 1);
    this.leafIds = new Int32Array(compact.leaves.length - size);
    this.headLastFlags = new Uint8Array(size);
    this.heads = new Int32Array(size);
    const frequency = new Int32Array(this.vocabulary.length);
    const headCount = new Int32Array(this.vocabulary.length);
    for (let title = 0, w = 0, l = 0, words = 0, leaves = 0; title < size; title++) {
      const wordCount = compact.words[w++]!;
      this.wordStart[title] = words;
      for (let k = 0; k < wordCount; k++) frequency[(this.wordIds[words++] = compact.words[w++]!)]!++;
      const leafCount = compact.leaves[l++]!;
      this.leafStart[title] = leaves;
      for (let k = 0; k < leafCount; k++) this.leafIds[leaves++] = compact.leaves[l++]!;
      const headLast = compact.headLast.charCodeAt(title) === 49;
      this.headLastFlags[title] = headLast ? 1 : 0;
      const head = this.wordIds[headLast ? words - 1 : this.wordStart[title]!]!;
      this.heads[title] = head;
      headCount[head]!++;
      this.wordStart[title + 1] = words;
      this.leafStart[title + 1] = leaves;
    }
    const words = this.vocabulary.length;
    this.weights = new Float64Array(words);
    for (let token = 0; token < words; token++) this.weights[token] = Math.log(1 + size / Math.max(1, frequency[token]!));
    this.titleWeights = new Float64Array(size);
    // Postings are built by sorting (pair, title) entries packed in doubles: no hash map.
    const entries = new Float64Array(this.wordIds.length + size);
    let count = 0;
    for (let title = 0; title < size; title++) {
      const head = this.heads[title]!;
      const from = this.wordStart[title]!;
      const to = this.wordStart[title + 1]!;
      let weight = HEAD_WEIGHT;
      for (let k = from; k < to; k++) {
        const token = this.wordIds[k]!;
        weight += this.weights[token]!;
        if (token !== head) entries[count++] = this.pair(head, token) * TITLE_SPACE + title;
      }
      if (to - from === 1) entries[count++] = this.pair(head, head) * TITLE_SPACE + title;
      this.titleWeights[title] = weight;
      if (headCount[head]! / frequency[head]! >= HEAD_SHARE) (this.headLastFlags[title] ? this.lastHeads : this.firstHeads).add(head);
      const hash = this.hashOf(this.wordIds, from, to);
      if (!this.idOfHash.has(hash)) this.idOfHash.set(hash, title);
      else (this.sameHash.get(hash) ?? this.sameHash.set(hash, []).get(hash)!).push(title);
    }
    const sorted = entries.subarray(0, count).sort();
    const keys = new Int32Array(count);
    const starts = new Int32Array(count + 1);
    let slots = 0;
    this.slotTitles = new Int32Array(count);
    for (let position = 0; position < count; position++) {
      const entry = sorted[position]!;
      const pair = Math.floor(entry / TITLE_SPACE);
      if (slots === 0 || keys[slots - 1] !== pair) {
        keys[slots] = pair;
        starts[slots++] = position;
      }
      this.slotTitles[position] = entry - pair * TITLE_SPACE;
    }
    starts[slots] = count;
    this.slotKeys = keys.slice(0, slots);
    this.slotStart = starts.slice(0, slots + 1);
    this.headStart = prefixSums(headCount);
    this.headTitles = new Int32Array(size);
    const headCursor = this.headStart.slice(0, words);
    for (let title = 0; title < size; title++) this.headTitles[headCursor[this.heads[title]!]!++] = title;
    this.scores = new Float64Array(size);
    this.segmentScores = new Float64Array(size);
    this.headSegment = new Int32Array(size);
  }

  /** A title's key: its words joined by spaces. */
  keyOf(title: number): string {
    const from = this.wordStart[title]!;
    let key = this.vocabulary[this.wordIds[from]!]!;
    for (let k = from + 1; k < this.wordStart[title + 1]!; k++) key += ` ${this.vocabulary[this.wordIds[k]!]!}`;
    return key;
  }

  /** The titles of the (head, word) posting slot. */
  private postingOf(head: number, word: number): Int32Array | undefined {
    const pair = this.pair(head, word);
    let low = 0;
    let high = this.slotKeys.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const key = this.slotKeys[middle]!;
      if (key === pair) return this.slotTitles.subarray(this.slotStart[middle]!, this.slotStart[middle + 1]!);
      if (key < pair) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  private titlesWithHead(head: number): Int32Array {
    return this.headTitles.subarray(this.headStart[head]!, this.headStart[head + 1]!);
  }

  /** The occupations (leaves) a title names; empty when it was reviewed as too vague to code. */
  leavesOf(title: number): Int32Array {
    return this.leafIds.subarray(this.leafStart[title]!, this.leafStart[title + 1]!);
  }

  /** How many titles name each leaf, by leaf number. */
  leafTitleCounts(): Int32Array {
    const counts = new Int32Array(this.leafIds.reduce((max, leaf) => Math.max(max, leaf + 1), 0));
    for (const leaf of this.leafIds) counts[leaf]!++;
    return counts;
  }

  /** Whether a title's head noun is its last word (English) rather than its first (French). */
  isHeadLast(title: number): boolean {
    return this.headLastFlags[title] === 1;
  }

  private wordsOf(title: number): Int32Array {
    return this.wordIds.subarray(this.wordStart[title]!, this.wordStart[title + 1]!);
  }

  /** Whether a word heads titles often enough to be a title's head noun (English or French). */
  isHead(word: string): boolean {
    const id = this.tokenIds.get(word);
    return id !== undefined && (this.lastHeads.has(id) || this.firstHeads.has(id));
  }

  /** The title whose key is exactly this one. */
  exact(key: string): number | undefined {
    const ids = Int32Array.from(key.split(' '), (word) => this.tokenIds.get(word) ?? -1);
    if (ids.includes(-1)) return undefined;
    const hash = this.hashOf(ids, 0, ids.length);
    const first = this.idOfHash.get(hash);
    if (first === undefined) return undefined;
    return [first, ...(this.sameHash.get(hash) ?? [])].find((title) => this.hasWords(title, ids));
  }

  /** Whether a title's words are exactly these ids, in this order. */
  private hasWords(title: number, ids: Int32Array): boolean {
    const from = this.wordStart[title]!;
    if (this.wordStart[title + 1]! - from !== ids.length) return false;
    return ids.every((id, k) => this.wordIds[from + k] === id);
  }

  /** A small-integer hash of word ids (FNV-1a style), for exact lookup. */
  private hashOf(ids: Int32Array, from: number, to: number): number {
    let hash = 0x811c9dc5;
    for (let k = from; k < to; k++) hash = Math.imul(hash ^ ids[k]!, 0x01000193);
    return hash & 0x3fffffff;
  }

  /**
   * The best titles for query words (see queryWords), best first, ties by title order.
   * score = coverage² × √(recall in the head's part) × (0.9 + 0.1 × recall overall) × (1 or
   * OFF_HEAD): coverage is the share of the title's weight found in the query, recall the
   * share of the query's weight the title explains, counted in the part of the title
   * ("registered nurse - med surg") that holds the head noun, then over all of it. Title
   * words found in another part count OTHER_SEGMENT; titles without the head noun's closest
   * modifier score OFF_MODIFIER less.
   */
  search(query: QueryWords): TitleMatch[] {
    const idOf = (token: string) => this.tokenIds.get(token) ?? -1;
    const weightOf = (id: number) => (id < 0 ? UNKNOWN_WEIGHT : this.weights[id]!);
    const ids = query.tokens.map(idOf);
    const segments = query.segments.map((words) => words.map(idOf));
    const segmentWeights = segments.map((segment) => segment.reduce((sum, id) => sum + weightOf(id), HEAD_WEIGHT));
    const queryWeight = ids.reduce((sum, id) => sum + weightOf(id), HEAD_WEIGHT);
    // The query's head noun, in its first part that has one: its last head word for English
    // titles, its first for French ones.
    const lastHead = this.headIn(segments, true);
    const firstHead = this.headIn(segments, false);
    const touched: number[] = [];
    const { scores, segmentScores } = this;
    for (const head of ids) {
      if (head < 0 || this.headStart[head + 1] === this.headStart[head]) continue;
      const headSegment = segments.findIndex((segment) => segment.includes(head));
      for (const word of ids) {
        const list = word < 0 ? undefined : this.postingOf(head, word);
        if (!list) continue;
        const sameSegment = segments[headSegment]!.includes(word);
        const weight = word === head ? 0 : this.weights[word]!;
        for (const title of list) {
          if (scores[title] === 0) {
            touched.push(title);
            this.headSegment[title] = headSegment;
          }
          scores[title] = scores[title]! + (sameSegment ? weight : weight * OTHER_SEGMENT) + 1e-9;
          if (sameSegment) segmentScores[title] = segmentScores[title]! + weight;
        }
      }
    }
    const best = new TopMatches(TOP);
    for (const title of touched) {
      const head = this.heads[title]!;
      const headWeight = this.weights[head]! + HEAD_WEIGHT;
      const matched = scores[title]! + headWeight;
      const matchedInSegment = segmentScores[title]! + headWeight;
      const segment = this.headSegment[title]!;
      scores[title] = 0;
      segmentScores[title] = 0;
      const coverage = matched / this.titleWeights[title]!;
      if (coverage < MIN_COVERAGE) continue;
      const recall = Math.min(1, matched / queryWeight);
      const segmentRecall = Math.min(1, matchedInSegment / segmentWeights[segment]!);
      const headLast = this.isHeadLast(title);
      const onHead = head === (headLast ? lastHead : firstHead);
      const modified = this.hasModifier(title, head, segments[segment]!, headLast);
      const score = coverage * coverage * Math.sqrt(segmentRecall) * (0.9 + 0.1 * recall) * (onHead ? 1 : OFF_HEAD) * (modified ? 1 : OFF_MODIFIER);
      best.offer(title, score, segment);
    }
    return best.matches();
  }

  /** The head noun of a query: in its first segment holding a head word, the last (English) or first (French) one. */
  private headIn(segments: readonly number[][], last: boolean): number {
    const heads = last ? this.lastHeads : this.firstHeads;
    for (const segment of segments) {
      const found = last ? segment.findLast((id) => heads.has(id)) : segment.find((id) => heads.has(id));
      if (found !== undefined) return found;
    }
    return -1;
  }

  /**
   * Whether a title holds the word next to the head noun in the query's segment (before it
   * in English, after it in French), or has nothing to say about it (a one-word title, an
   * unknown neighbour).
   */
  private hasModifier(title: number, head: number, segment: readonly number[], headLast: boolean): boolean {
    const words = this.wordsOf(title);
    if (words.length === 1) return true;
    const position = segment.indexOf(head);
    const modifier = segment[headLast ? position - 1 : position + 1];
    return modifier === undefined || modifier < 0 || words.includes(modifier);
  }

  /** Titles with the same head noun holding every word of a key: how often the taxonomy uses it. */
  titlesContaining(key: string, headLast: boolean): number[] {
    const tokens = key.split(' ').map((word) => this.tokenIds.get(word) ?? -1);
    if (tokens.includes(-1)) return [];
    const head = headLast ? tokens[tokens.length - 1]! : tokens[0]!;
    const others = tokens.filter((token) => token !== head);
    if (others.length === 0) return [...this.titlesWithHead(head)];
    const lists = others.map((token) => [...(this.postingOf(head, token) ?? [])]).sort((a, b) => a.length - b.length);
    const rest = lists.slice(1).map((list) => new Set(list));
    return lists[0]!.filter((title) => rest.every((set) => set.has(title)));
  }

  /** A (head, word) pair as one small integer: V8 hashes small-integer Map keys fastest. */
  private pair(head: number, word: number): number {
    return head * this.vocabulary.length + word;
  }

}

/** Start offsets of compressed rows from row lengths (one more entry than rows). */
function prefixSums(counts: ArrayLike<number>): Int32Array {
  const starts = new Int32Array(counts.length + 1);
  for (let row = 0; row < counts.length; row++) starts[row + 1] = starts[row]! + counts[row]!;
  return starts;
}

/** The best few matches, kept sorted (score descending, then title) as they are offered. */
class TopMatches {
  private readonly kept: TitleMatch[] = [];

  constructor(private readonly size: number) {}

  offer(title: number, score: number, segment: number): void {
    const kept = this.kept;
    if (kept.length === this.size && !better(score, title, kept[kept.length - 1]!)) return;
    let at = kept.length;
    while (at > 0 && better(score, title, kept[at - 1]!)) at--;
    kept.splice(at, 0, { title, score, segment });
    if (kept.length > this.size) kept.pop();
  }

  matches(): TitleMatch[] {
    return this.kept;
  }
}

function better(score: number, title: number, than: TitleMatch): boolean {
  return score > than.score || (score === than.score && title < than.title);
}
