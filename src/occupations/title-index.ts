// The titles of a taxonomy, indexed for exact lookup and for closest match. Closest match
// scores the titles that share the query's head noun by IDF-weighted word overlap; postings
// are keyed by (head noun, other word), so a query only visits titles with a word in common
// beside the head noun, never the whole taxonomy.

import type { QueryWords } from './title-tokens.js';

/** A title as the index stores it. */
export interface IndexedTitle {
  readonly key: string;
  /** Occupations it names (leaves); empty when reviewed as too vague to code. */
  readonly leaves: readonly number[];
  readonly headLast: boolean;
}

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

export class TitleIndex {
  readonly titles: readonly IndexedTitle[];
  private readonly idOfKey = new Map<string, number>();
  private readonly tokenIds = new Map<string, number>();
  private readonly weights: number[] = [];
  private readonly words: Int32Array[] = [];
  private readonly heads: Int32Array;
  private readonly titleWeights: Float64Array;
  /** (head, word) -> titles with that head containing that word; (head, head) -> one-word titles. */
  private readonly postings = new Map<number, number[]>();
  private readonly byHead = new Map<number, number[]>();
  private readonly lastHeads = new Set<number>();
  private readonly firstHeads = new Set<number>();
  private readonly scores: Float64Array;
  private readonly segmentScores: Float64Array;
  private readonly headSegment: Int32Array;

  constructor(titles: readonly IndexedTitle[]) {
    this.titles = titles;
    const frequency: number[] = [];
    const headCount: number[] = [];
    this.heads = new Int32Array(titles.length);
    titles.forEach((title, id) => {
      this.idOfKey.set(title.key, id);
      const ids = [...new Set(title.key.split(' ').map((word) => this.tokenId(word)))];
      this.words.push(Int32Array.from(ids));
      for (const token of ids) frequency[token] = (frequency[token] ?? 0) + 1;
      const tokens = title.key.split(' ');
      const head = this.tokenId(title.headLast ? tokens[tokens.length - 1]! : tokens[0]!);
      this.heads[id] = head;
      headCount[head] = (headCount[head] ?? 0) + 1;
    });
    const total = titles.length;
    for (let token = 0; token < this.tokenIds.size; token++) this.weights[token] = Math.log(1 + total / (frequency[token] ?? 1));
    this.titleWeights = new Float64Array(titles.length);
    titles.forEach((title, id) => {
      const head = this.heads[id]!;
      let weight = HEAD_WEIGHT;
      for (const token of this.words[id]!) {
        weight += this.weights[token]!;
        if (token !== head) this.post(head, token, id);
      }
      if (this.words[id]!.length === 1) this.post(head, head, id);
      this.titleWeights[id] = weight;
      let list = this.byHead.get(head);
      if (!list) this.byHead.set(head, (list = []));
      list.push(id);
      if ((headCount[head] ?? 0) / (frequency[head] ?? 1) >= HEAD_SHARE) (title.headLast ? this.lastHeads : this.firstHeads).add(head);
    });
    this.scores = new Float64Array(titles.length);
    this.segmentScores = new Float64Array(titles.length);
    this.headSegment = new Int32Array(titles.length);
  }

  /** Whether a word heads titles often enough to be a title's head noun (English or French). */
  isHead(word: string): boolean {
    const id = this.tokenIds.get(word);
    return id !== undefined && (this.lastHeads.has(id) || this.firstHeads.has(id));
  }

  /** The title whose key is exactly this one. */
  exact(key: string): number | undefined {
    return this.idOfKey.get(key);
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
    const segments = query.segments.map((words) => new Set(words.map(idOf)));
    const segmentWeights = segments.map((set) => [...set].reduce((sum, id) => sum + weightOf(id), HEAD_WEIGHT));
    const queryWeight = ids.reduce((sum, id) => sum + weightOf(id), HEAD_WEIGHT);
    // The query's head noun, in its first part that has one: its last head word for English
    // titles, its first for French ones.
    const lastHead = this.headIn(query.segments, idOf, true);
    const firstHead = this.headIn(query.segments, idOf, false);
    const touched: number[] = [];
    const { scores, segmentScores } = this;
    for (const head of ids) {
      if (head < 0 || !this.byHead.has(head)) continue;
      const headSegment = segments.findIndex((set) => set.has(head));
      for (const word of ids) {
        const list = word < 0 ? undefined : this.postings.get(this.pair(head, word));
        if (!list) continue;
        const sameSegment = segments[headSegment]!.has(word);
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
    const matches: TitleMatch[] = [];
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
      const headLast = this.titles[title]!.headLast;
      const onHead = head === (headLast ? lastHead : firstHead);
      const modified = this.hasModifier(title, head, query.segments[segment]!.map(idOf), headLast);
      const score = coverage * coverage * Math.sqrt(segmentRecall) * (0.9 + 0.1 * recall) * (onHead ? 1 : OFF_HEAD) * (modified ? 1 : OFF_MODIFIER);
      matches.push({ title, score, segment });
    }
    matches.sort((a, b) => b.score - a.score || a.title - b.title);
    return matches.slice(0, TOP);
  }

  /** The head noun of a query: in its first segment holding a head word, the last (English) or first (French) one. */
  private headIn(segments: readonly string[][], idOf: (token: string) => number, last: boolean): number {
    const heads = last ? this.lastHeads : this.firstHeads;
    for (const words of segments) {
      const ids = words.map(idOf).filter((id) => heads.has(id));
      if (ids.length > 0) return last ? ids[ids.length - 1]! : ids[0]!;
    }
    return -1;
  }

  /**
   * Whether a title holds the word next to the head noun in the query's segment (before it
   * in English, after it in French), or has nothing to say about it (a one-word title, an
   * unknown neighbour).
   */
  private hasModifier(title: number, head: number, segment: readonly number[], headLast: boolean): boolean {
    const words = this.words[title]!;
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
    if (others.length === 0) return this.byHead.get(head) ?? [];
    const lists = others.map((token) => this.postings.get(this.pair(head, token)) ?? []).sort((a, b) => a.length - b.length);
    const rest = lists.slice(1).map((list) => new Set(list));
    return lists[0]!.filter((title) => rest.every((set) => set.has(title)));
  }

  private tokenId(word: string): number {
    let id = this.tokenIds.get(word);
    if (id === undefined) this.tokenIds.set(word, (id = this.tokenIds.size));
    return id;
  }

  private pair(head: number, word: number): number {
    return head * 0x200000 + word;
  }

  private post(head: number, word: number, title: number): void {
    const key = this.pair(head, word);
    const list = this.postings.get(key);
    if (list) list.push(title);
    else this.postings.set(key, [title]);
  }
}
