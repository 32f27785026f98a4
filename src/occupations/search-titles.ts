// Closest match: the titles sharing the query's head noun, scored by IDF-weighted word
// overlap, the head noun weighted up (docs/occupations.md, "The head noun").

import { slotOf } from './packed-postings.js';
import type { TitleIndex } from './title-index.js';
import type { QueryWords } from './title-tokens.js';

/** A title found for a query, with its score in [0, 1]. */
export interface TitleMatch {
  readonly title: number;
  readonly score: number;
  /** The query segment holding the title's head noun. */
  readonly segment: number;
}

/** The arrays searchTitles reads in its inner loops, by title or word id (see TitleIndex). */
export interface SearchArrays {
  /** IDF weight by word id. */
  readonly weights: Float64Array;
  /** Total weight by title, head noun weight included. */
  readonly titleWeights: Float64Array;
  /** Where each title's words start in `wordIds` (one more entry than titles). */
  readonly wordStart: Int32Array;
  readonly wordIds: Int32Array;
  /** 1 when a title's head noun is its last word. */
  readonly headLastFlags: Uint8Array;
  /** Titles by head noun: a word heads titles when headStart[word + 1] > headStart[word]. */
  readonly headStart: Int32Array;
  /** The postings (PackedPostings): pairs head × vocabularySize + word, ascending, and their titles. */
  readonly pairKeys: Int32Array;
  readonly pairStarts: Int32Array;
  readonly postingTitles: Int32Array;
  readonly vocabularySize: number;
}

/** Extra weight of the head noun: it names the occupation ("engineer" in "software engineer"). */
export const HEAD_WEIGHT = 5;
/** Weight of query words the taxonomy never uses (places, employers, tools): noise, mostly. */
const UNKNOWN_WEIGHT = 1;
/** A title must have this share of its weight in the query to be considered. */
const MIN_COVERAGE = 0.5;
/** Score factor when the title's head noun is not the query's head noun. */
const OFF_HEAD = 0.85;
/** Weight of a title word found in another part of the query than its head noun ("software engineer - google cloud"). */
const OTHER_SEGMENT = 0.5;
/** Score factor when the title lacks the query's closest modifier of the head noun ("sales" in "market sales manager"). */
const OFF_MODIFIER = 0.9;
/** How many titles a search returns. */
const TOP = 8;

/** Per-title accumulators, one set per index, reset after each search. */
const scratches = new WeakMap<TitleIndex, { scores: Float64Array; segmentScores: Float64Array }>();

/**
 * The best titles for query words (see queryWords), best first, ties by title order.
 * score = coverage² × √(recall in the head's part) × (0.9 + 0.1 × recall overall) × (1 or
 * OFF_HEAD) × (1 or OFF_MODIFIER): coverage is the share of the title's weight found in the
 * query, recall the share of the query's weight the title explains, counted in the part of
 * the query ("registered nurse - med surg") that holds the head noun, then over all of it.
 * A head noun in several parts ("IR Tech - Interventional Radiology Tech") is scored in each.
 */
export function searchTitles(index: TitleIndex, query: QueryWords): TitleMatch[] {
  let scratch = scratches.get(index);
  if (!scratch) {
    scratch = { scores: new Float64Array(index.size), segmentScores: new Float64Array(index.size) };
    scratches.set(index, scratch);
  }
  const { scores, segmentScores } = scratch;
  // The index's arrays are read directly: until V8 optimises this function (after a thousand
  // searches or so), each method call costs more than the work it does.
  const { weights, titleWeights, wordStart, wordIds, headLastFlags, headStart, pairKeys, pairStarts, postingTitles, vocabularySize } =
    index.arrays;
  const { tokens } = query;
  const ids: number[] = [];
  let queryWeight = HEAD_WEIGHT;
  for (let t = 0; t < tokens.length; t++) {
    const id = index.wordId(tokens[t]!);
    ids.push(id);
    queryWeight += id < 0 ? UNKNOWN_WEIGHT : weights[id]!;
  }
  const segments: number[][] = [];
  const segmentWeights: number[] = [];
  for (let s = 0; s < query.segments.length; s++) {
    const words = query.segments[s]!;
    const segment: number[] = [];
    let segmentWeight = HEAD_WEIGHT;
    for (let t = 0; t < words.length; t++) {
      const id = ids[tokens.indexOf(words[t]!)]!;
      segment.push(id);
      segmentWeight += id < 0 ? UNKNOWN_WEIGHT : weights[id]!;
    }
    segments.push(segment);
    segmentWeights.push(segmentWeight);
  }
  // The query's head noun, in its first part that has one: its last head word for English
  // titles, its first for French ones.
  const lastHead = headIn(index, segments, true);
  const firstHead = headIn(index, segments, false);
  const best = new TopMatches(TOP);
  const touched: number[] = [];
  // Indexed loops: until V8 optimises this function, each step of a for-of allocates.
  for (let h = 0; h < ids.length; h++) {
    const head = ids[h]!;
    if (head < 0 || headStart[head + 1]! <= headStart[head]!) continue;
    for (let segment = 0; segment < segments.length; segment++) {
      const words = segments[segment]!;
      const position = words.indexOf(head);
      if (position < 0) continue;
      for (let w = 0; w < ids.length; w++) {
        const word = ids[w]!;
        if (word < 0) continue;
        const slot = slotOf(pairKeys, head * vocabularySize + word);
        if (slot < 0) continue;
        const sameSegment = words.includes(word);
        const wordWeight = word === head ? 0 : weights[word]!;
        for (let at = pairStarts[slot]!, end = pairStarts[slot + 1]!; at < end; at++) {
          const title = postingTitles[at]!;
          if (scores[title] === 0) touched.push(title);
          scores[title] = scores[title]! + (sameSegment ? wordWeight : wordWeight * OTHER_SEGMENT) + 1e-9;
          if (sameSegment) segmentScores[title] = segmentScores[title]! + wordWeight;
        }
      }
      const headWeight = weights[head]! + HEAD_WEIGHT;
      // The word next to the head noun in this part: before it for English titles, after it for French ones.
      const before = words[position - 1];
      const after = words[position + 1];
      for (let t = 0; t < touched.length; t++) {
        const title = touched[t]!;
        const matched = scores[title]! + headWeight;
        const matchedInSegment = segmentScores[title]! + headWeight;
        scores[title] = 0;
        segmentScores[title] = 0;
        const coverage = matched / titleWeights[title]!;
        if (coverage < MIN_COVERAGE) continue;
        const recall = Math.min(1, matched / queryWeight);
        const segmentRecall = Math.min(1, matchedInSegment / segmentWeights[segment]!);
        const headLast = headLastFlags[title] === 1;
        const onHead = head === (headLast ? lastHead : firstHead);
        // An acronym title ("EPC", "DC", "PM") off the query's head noun, or followed by other
        // words, is a modifier or noise there ("DC Manager", "EPC Advanced Plant", "Registered
        // Nurse ... 7:00 PM"), not the occupation.
        if ((!onHead || (headLast && words[words.length - 1] !== head)) && isAcronymTitle(index, title)) continue;
        const modified = hasModifier(wordStart, wordIds, title, headLast ? before : after);
        const score =
          coverage * coverage * Math.sqrt(segmentRecall) * (0.9 + 0.1 * recall) * (onHead ? 1 : OFF_HEAD) * (modified ? 1 : OFF_MODIFIER);
        best.offer(title, score, segment);
      }
      touched.length = 0;
    }
  }
  return best.matches();
}

/** Letters of the longest one-word title read as an acronym. */
const ACRONYM_LENGTH = 3;

/** Whether a title is one word of three letters or fewer: an acronym ("epc", "bss", "mft") or a short word. */
function isAcronymTitle(index: TitleIndex, title: number): boolean {
  return index.wordCount(title) === 1 && index.keyOf(title).length <= ACRONYM_LENGTH;
}

/** The head noun of a query: in its first segment holding a head word, the last (English) or first (French) one. */
function headIn(index: TitleIndex, segments: readonly number[][], last: boolean): number {
  for (const segment of segments) {
    if (last) {
      for (let k = segment.length - 1; k >= 0; k--) if (index.isHeadWord(segment[k]!, true)) return segment[k]!;
    } else {
      for (const id of segment) if (index.isHeadWord(id, false)) return id;
    }
  }
  return -1;
}

/**
 * Whether a title holds the word next to the head noun in the query's segment (before it
 * in English, after it in French), or has nothing to say about it (a one-word title, an
 * unknown neighbour).
 */
function hasModifier(wordStart: Int32Array, wordIds: Int32Array, title: number, modifier: number | undefined): boolean {
  const from = wordStart[title]!;
  const to = wordStart[title + 1]!;
  if (to - from === 1 || modifier === undefined || modifier < 0) return true;
  for (let k = from; k < to; k++) if (wordIds[k] === modifier) return true;
  return false;
}

/** The best few matches, kept sorted (score descending, then title) as they are offered. */
class TopMatches {
  private readonly kept: TitleMatch[] = [];

  constructor(private readonly size: number) {}

  offer(title: number, score: number, segment: number): void {
    const kept = this.kept;
    if (kept.length === this.size && !better(score, title, kept[kept.length - 1]!)) return;
    // A title scored in two parts of the query is kept once, with its better score.
    let previous = kept.length - 1;
    while (previous >= 0 && kept[previous]!.title !== title) previous--;
    if (previous >= 0) {
      if (kept[previous]!.score >= score) return;
      kept.splice(previous, 1);
    }
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
