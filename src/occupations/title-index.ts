// The titles of a taxonomy, indexed for exact lookup and for closest match (search-titles.ts).
// Postings are keyed by (head noun, other word), so a query only visits titles with a word
// in common beside the head noun, never the whole taxonomy.

import type { CompactTitles } from './compact-titles.js';
import { PackedPostings, prefixSums, type StoredPostings, slotOf, TITLE_SPACE, titlesInAll } from './packed-postings.js';
import { HEAD_WEIGHT, type SearchArrays, searchTitles, type TitleMatch } from './search-titles.js';
import type { QueryWords } from './title-tokens.js';

/** Share of a word's titles that must end (English) or open (French) with it for it to be a head noun. */
const HEAD_SHARE = 0.4;
const NO_TITLES = new Int32Array(0);

export class TitleIndex {
  /** How many titles the index holds; titles are numbered from 0. */
  readonly size: number;
  private readonly vocabulary: string[];
  private readonly tokenIds = new Map<string, number>();
  private readonly wordStart: Int32Array;
  private readonly wordIds: Int32Array;
  private readonly leafStart: Int32Array;
  private readonly leafIds: Int32Array;
  private readonly leafViews: (Int32Array | undefined)[];
  private readonly headLastFlags: Uint8Array;
  private readonly weights: Float64Array;
  private readonly heads: Int32Array;
  private readonly titleWeights: Float64Array;
  /** For each (head noun, word) pair, the titles with that head holding that word. */
  private readonly postings: PackedPostings;
  /** The arrays searchTitles reads. */
  readonly arrays: SearchArrays;
  /** Titles by head noun, in compressed rows indexed by word id. */
  private readonly headStart: Int32Array;
  private readonly headTitles: Int32Array;
  /** French feminine words -> the masculine the titles were keyed with (see gender-folds.ts). */
  readonly folds = new Map<string, string>();
  private readonly headDefaults: ReadonlyMap<string, number>;
  private readonly lastHeads = new Set<number>();
  private readonly firstHeads = new Set<number>();

  constructor(compact: CompactTitles) {
    const size = compact.headLast.length;
    if (size >= TITLE_SPACE) throw new Error(`A taxonomy may hold at most ${TITLE_SPACE - 1} titles.`);
    this.size = size;
    this.vocabulary = compact.vocabulary === '' ? [] : compact.vocabulary.split(' ');
    const folds = compact.folds ? compact.folds.split(' ') : [];
    for (let k = 0; k + 1 < folds.length; k += 2) this.folds.set(folds[k]!, folds[k + 1]!);
    this.headDefaults = new Map(compact.heads ?? []);
    for (const [id, word] of this.vocabulary.entries()) this.tokenIds.set(word, id);
    this.wordStart = new Int32Array(size + 1);
    this.wordIds = new Int32Array(compact.words.length - size);
    this.leafStart = new Int32Array(size + 1);
    this.leafIds = new Int32Array(compact.leaves.length - size);
    this.headLastFlags = new Uint8Array(size);
    this.leafViews = new Array<Int32Array | undefined>(size);
    this.heads = new Int32Array(size);
    const frequency = new Int32Array(this.vocabulary.length);
    const headCount = new Int32Array(this.vocabulary.length);
    for (let title = 0, w = 0, l = 0, words = 0, leaves = 0; title < size; title++) {
      const wordCount = compact.words[w++]!;
      this.wordStart[title] = words;
      for (let k = 0; k < wordCount; k++) {
        const id = compact.words[w++]!;
        this.wordIds[words++] = id;
        frequency[id]!++;
      }
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
    this.weights = new Float64Array(this.vocabulary.length);
    for (let token = 0; token < this.vocabulary.length; token++) this.weights[token] = Math.log(1 + size / Math.max(1, frequency[token]!));
    this.titleWeights = new Float64Array(size);
    for (let title = 0; title < size; title++) {
      const head = this.heads[title]!;
      let weight = HEAD_WEIGHT;
      for (let k = this.wordStart[title]!; k < this.wordStart[title + 1]!; k++) weight += this.weights[this.wordIds[k]!]!;
      this.titleWeights[title] = weight;
      if (headCount[head]! / frequency[head]! >= HEAD_SHARE) (this.headLastFlags[title] ? this.lastHeads : this.firstHeads).add(head);
    }
    this.postings = compact.postings ? PackedPostings.fromStored(compact.postings) : PackedPostings.fromEntries(this.postingEntries());
    this.headStart = prefixSums(headCount);
    this.headTitles = new Int32Array(size);
    const headCursor = this.headStart.slice(0, this.vocabulary.length);
    for (let title = 0; title < size; title++) this.headTitles[headCursor[this.heads[title]!]!++] = title;
    const { keys, starts, titles } = this.postings;
    this.arrays = {
      weights: this.weights,
      titleWeights: this.titleWeights,
      wordStart: this.wordStart,
      wordIds: this.wordIds,
      headLastFlags: this.headLastFlags,
      headStart: this.headStart,
      pairKeys: keys,
      pairStarts: starts,
      postingTitles: titles,
      vocabularySize: this.vocabulary.length,
    };
  }

  /** The best titles for query words, best first (see searchTitles). */
  search(query: QueryWords): TitleMatch[] {
    return searchTitles(this, query);
  }

  /** The postings in the form the data files store them (see compactTitles). */
  storedPostings(): StoredPostings {
    return this.postings.toStored();
  }

  /** The title whose key is exactly this one (a key or its words), found through the postings of its head noun. */
  exact(key: string | readonly string[]): number | undefined {
    const words = typeof key === 'string' ? key.split(' ') : key;
    const ids: number[] = [];
    for (const word of words) {
      const id = this.wordId(word);
      if (id < 0) return undefined;
      ids.push(id);
    }
    // The head noun is the last word (English) or the first (French): try both.
    return this.exactUnder(ids, ids[ids.length - 1]!, ids[0]!) ?? this.exactUnder(ids, ids[0]!, ids.length > 1 ? ids[1]! : ids[0]!);
  }

  private exactUnder(ids: readonly number[], head: number, other: number): number | undefined {
    const { keys, starts, titles } = this.postings;
    const slot = slotOf(keys, this.pair(head, other));
    for (let at = slot < 0 ? 0 : starts[slot]!, end = slot < 0 ? 0 : starts[slot + 1]!; at < end; at++) {
      const title = titles[at]!;
      const from = this.wordStart[title]!;
      if (this.wordStart[title + 1]! - from !== ids.length) continue;
      let same = true;
      for (let k = 0; k < ids.length && same; k++) same = this.wordIds[from + k] === ids[k];
      if (same) return title;
    }
    return undefined;
  }

  /** (pair, title) entries of every posting, packed for PackedPostings.fromEntries. */
  private postingEntries(): Float64Array {
    const entries = new Float64Array(this.wordIds.length + this.size);
    let count = 0;
    for (let title = 0; title < this.size; title++) {
      const head = this.heads[title]!;
      const from = this.wordStart[title]!;
      const to = this.wordStart[title + 1]!;
      for (let k = from; k < to; k++)
        if (this.wordIds[k] !== head) entries[count++] = this.pair(head, this.wordIds[k]!) * TITLE_SPACE + title;
      if (to - from === 1) entries[count++] = this.pair(head, head) * TITLE_SPACE + title;
    }
    return entries.subarray(0, count);
  }

  /** A title's key: its words joined by spaces. */
  keyOf(title: number): string {
    const from = this.wordStart[title]!;
    let key = this.vocabulary[this.wordIds[from]!]!;
    for (let k = from + 1; k < this.wordStart[title + 1]!; k++) key += ` ${this.vocabulary[this.wordIds[k]!]!}`;
    return key;
  }

  /** The occupations (leaves) a title names; empty when it was reviewed as too vague to code. */
  leavesOf(title: number): Int32Array {
    // A view made once per title: the coder asks for the same titles again, and making a view costs more than the lookup.
    const leaves = this.leafViews[title] ?? this.leafIds.subarray(this.leafStart[title]!, this.leafStart[title + 1]!);
    this.leafViews[title] = leaves;
    return leaves;
  }

  /** How many titles name each leaf, by leaf number. */
  leafTitleCounts(): Int32Array {
    let leaves = 0;
    for (const leaf of this.leafIds) if (leaf >= leaves) leaves = leaf + 1;
    const counts = new Int32Array(leaves);
    for (const leaf of this.leafIds) counts[leaf]!++;
    return counts;
  }

  /** The leaf a bare head noun names alone, as reviewed (head-nouns-rome.csv), or undefined. */
  headDefaultOf(word: string): number | undefined {
    return this.headDefaults.get(word);
  }

  /** Whether a title's head noun is its last word (English) rather than its first (French). */
  isHeadLast(title: number): boolean {
    return this.headLastFlags[title] === 1;
  }

  /** Whether some titles are French (head noun first). */
  get hasFrenchTitles(): boolean {
    return this.firstHeads.size > 0;
  }

  /** Whether a word heads titles often enough to be a title's head noun (English or French). */
  isHead(word: string): boolean {
    const id = this.wordId(word);
    return this.lastHeads.has(id) || this.firstHeads.has(id);
  }

  /** Titles with the same head noun holding every word of a key: how often the taxonomy uses it. */
  titlesContaining(key: string, headLast: boolean): number[] {
    const tokens = key.split(' ').map((word) => this.wordId(word));
    if (tokens.includes(-1)) return [];
    const head = headLast ? tokens[tokens.length - 1]! : tokens[0]!;
    const others = tokens.filter((token) => token !== head);
    if (others.length === 0) return [...this.headTitles.subarray(this.headStart[head]!, this.headStart[head + 1]!)];
    const lists = others.map((token) => this.postings.titlesOf(this.pair(head, token)) ?? NO_TITLES).sort((a, b) => a.length - b.length);
    return titlesInAll(lists);
  }

  // What searchTitles reads besides `arrays`: word ids and head nouns.

  /** A word's id, or -1 if no title uses it. */
  wordId(word: string): number {
    return this.tokenIds.get(word) ?? -1;
  }

  /** A title's head noun (word id). */
  headOf(title: number): number {
    return this.heads[title]!;
  }

  /** Whether a word heads titles: English ones at their end (`last`), or French ones at their start. */
  isHeadWord(id: number, last: boolean): boolean {
    return (last ? this.lastHeads : this.firstHeads).has(id);
  }

  /** How many words a title has. */
  wordCount(title: number): number {
    return this.wordStart[title + 1]! - this.wordStart[title]!;
  }

  /** Whether a title holds a word (id). */
  hasWord(title: number, word: number): boolean {
    for (let k = this.wordStart[title]!; k < this.wordStart[title + 1]!; k++) if (this.wordIds[k] === word) return true;
    return false;
  }

  /** A (head, word) pair as one small integer. */
  private pair(head: number, word: number): number {
    return head * this.vocabulary.length + word;
  }
}
