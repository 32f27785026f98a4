// Taxonomy titles as the data files store them: a vocabulary and flat arrays of numbers,
// which JSON parses and the index reads far faster than one object per title, and the
// index's postings, computed once at build time.

import type { StoredPostings } from './packed-postings.js';
import { TitleIndex } from './title-index.js';

/** A title of a taxonomy, before compaction. */
export interface IndexedTitle {
  /** The title's comparable words (see titleTokens) joined by spaces. */
  readonly key: string;
  /** Occupations it names (leaves of the taxonomy); empty when reviewed as too vague to code. */
  readonly leaves: readonly number[];
  /** Whether the head noun is the last word (English) rather than the first (French). */
  readonly headLast: boolean;
}

/** Titles in compact form; title i is the i-th run of `words` and of `leaves`. */
export interface CompactTitles {
  /** Every word once, joined by spaces; a word's id is its position. */
  vocabulary: string;
  /** Per title: its number of words, then their ids in key order. */
  words: ArrayLike<number>;
  /** Per title: its number of leaves (0 = too vague to code), then the leaves. */
  leaves: ArrayLike<number>;
  /** Per title: "1" when its head noun is last (English), "0" when first (French). */
  headLast: string;
  /** French feminine words and the masculine they are read as, "feminine masculine ..." (see gender-folds.ts); absent when none. */
  folds?: string;
  /** Bare French head nouns and the leaf each names alone (head-nouns-rome.csv); absent when none. */
  heads?: [word: string, leaf: number][];
  /** The title index's postings; computed when the index is built if absent. */
  postings?: StoredPostings;
}

export function compactTitles(
  titles: readonly IndexedTitle[],
  folds?: ReadonlyMap<string, string>,
  heads?: readonly [string, number][],
): CompactTitles {
  const ids = new Map<string, number>();
  const words: number[] = [];
  const leaves: number[] = [];
  let headLast = '';
  for (const title of titles) {
    const tokens = title.key.split(' ');
    words.push(tokens.length);
    for (const token of tokens) {
      let id = ids.get(token);
      if (id === undefined) {
        id = ids.size;
        ids.set(token, id);
      }
      words.push(id);
    }
    leaves.push(title.leaves.length, ...title.leaves);
    headLast += title.headLast ? '1' : '0';
  }
  const compact: CompactTitles = { vocabulary: [...ids.keys()].join(' '), words, leaves, headLast };
  if (folds && folds.size > 0) compact.folds = [...folds].flat().join(' ');
  if (heads && heads.length > 0) compact.heads = [...heads].sort(([a], [b]) => (a < b ? -1 : 1));
  compact.postings = new TitleIndex(compact).storedPostings();
  return compact;
}
