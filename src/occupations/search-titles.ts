// Closest match: the titles sharing the query's head noun, scored by IDF-weighted word
// overlap, the head noun weighted up (docs/occupations.md, "The head noun").

import type { TitleIndex } from './title-index.js';
import type { QueryWords } from './title-tokens.js';

/** A title found for a query, with its score in [0, 1]. */
export interface TitleMatch {
  readonly title: number;
  readonly score: number;
  /** The query segment holding the title's head noun. */
  readonly segment: number;
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
  const ids: number[] = [];
  let queryWeight = HEAD_WEIGHT;
  for (const token of query.tokens) {
    const id = index.wordId(token);
    ids.push(id);
    queryWeight += index.weightOf(id, UNKNOWN_WEIGHT);
  }
  const segments: number[][] = [];
  const segmentWeights: number[] = [];
  for (const words of query.segments) {
    const segment: number[] = [];
    let segmentWeight = HEAD_WEIGHT;
    for (const token of words) {
      const id = ids[query.tokens.indexOf(token)]!;
      segment.push(id);
      segmentWeight += index.weightOf(id, UNKNOWN_WEIGHT);
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
  for (const head of ids) {
    if (head < 0 || !index.hasTitlesWithHead(head)) continue;
    for (let segment = 0; segment < segments.length; segment++) {
      const words = segments[segment]!;
      if (!words.includes(head)) continue;
      for (const word of ids) {
        const slot = word < 0 ? -1 : index.postingSlot(head, word);
        if (slot < 0) continue;
        const sameSegment = words.includes(word);
        const wordWeight = word === head ? 0 : index.weightOf(word, UNKNOWN_WEIGHT);
        const { postings } = index;
        for (let position = postings.start(slot), end = postings.end(slot); position < end; position++) {
          const title = postings.titleAt(position);
          if (scores[title] === 0) touched.push(title);
          scores[title] = scores[title]! + (sameSegment ? wordWeight : wordWeight * OTHER_SEGMENT) + 1e-9;
          if (sameSegment) segmentScores[title] = segmentScores[title]! + wordWeight;
        }
      }
      const headWeight = index.weightOf(head, UNKNOWN_WEIGHT) + HEAD_WEIGHT;
      for (const title of touched) {
        const matched = scores[title]! + headWeight;
        const matchedInSegment = segmentScores[title]! + headWeight;
        scores[title] = 0;
        segmentScores[title] = 0;
        const coverage = matched / index.weightOfTitle(title);
        if (coverage < MIN_COVERAGE) continue;
        const recall = Math.min(1, matched / queryWeight);
        const segmentRecall = Math.min(1, matchedInSegment / segmentWeights[segment]!);
        const headLast = index.isHeadLast(title);
        const onHead = head === (headLast ? lastHead : firstHead);
        // An acronym title ("EPC", "DC", "PM") off the query's head noun, or followed by other
        // words, is a modifier or noise there ("DC Manager", "EPC Advanced Plant", "Registered
        // Nurse ... 7:00 PM"), not the occupation.
        if ((!onHead || (headLast && words[words.length - 1] !== head)) && isAcronymTitle(index, title)) continue;
        const modified = hasModifier(index, title, head, words, headLast);
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
function hasModifier(index: TitleIndex, title: number, head: number, segment: readonly number[], headLast: boolean): boolean {
  if (index.wordCount(title) === 1) return true;
  const position = segment.indexOf(head);
  const modifier = segment[headLast ? position - 1 : position + 1];
  return modifier === undefined || modifier < 0 || index.hasWord(title, modifier);
}

/** The best few matches, kept sorted (score descending, then title) as they are offered. */
class TopMatches {
  private readonly kept: TitleMatch[] = [];

  constructor(private readonly size: number) {}

  offer(title: number, score: number, segment: number): void {
    const kept = this.kept;
    if (kept.length === this.size && !better(score, title, kept[kept.length - 1]!)) return;
    // A title scored in two parts of the query is kept once, with its better score.
    const previous = kept.findIndex((match) => match.title === title);
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
