// The code that equally good titles stand for at a level when they name several occupations
// ("account manager" is an alternate title of five O*NET occupations). Reviewed tables settle
// the frequent cases; otherwise the taxonomy's own usage decides: the occupation with the most
// titles containing all the words of the matched title (O*NET files "key account manager",
// "national account manager"... under Sales Managers); on a tie, the one whose label shares
// most words with the query, then the broader occupation (more titles), then the smallest
// code, so the result never depends on order. Like SOCcer and NIOCCS, which send low scores
// to review instead of guessing, the title stays uncoded when the leader holds less than
// MIN_SHARE of the uses ("laboratory technician" is filed under 16 occupations).

import { cleanTitle } from './clean-title.js';
import type { TitleMatch } from './search-titles.js';
import type { Taxonomy } from './taxonomy.js';
import type { TitleIndex } from './title-index.js';
import type { QueryWords } from './title-tokens.js';
import { titleTokens } from './title-tokens.js';

/** Share of an ambiguous title's uses its leading occupation needs to be chosen. */
const MIN_SHARE = 0.25;

/** The chosen code, or null when a title is reviewed as too vague to code or too ambiguous to decide. */
export function chooseCode(
  titles: readonly number[],
  index: TitleIndex,
  taxonomy: Taxonomy,
  level: string,
  query: readonly string[],
): string | null {
  // Most titles name one occupation: the set of codes is only made when a second one shows.
  let only: string | undefined;
  let codes: Set<string> | undefined;
  for (const id of titles) {
    const leaves = index.leavesOf(id);
    if (leaves.length === 0) return null;
    for (const leaf of leaves) {
      if (!fitsContext(taxonomy, leaf, query)) continue;
      const code = taxonomy.codeOf(leaf, level);
      if (only === undefined) only = code;
      else if (code !== only) {
        codes ??= new Set([only]);
        codes.add(code);
      }
    }
  }
  if (only === undefined) return null;
  if (!codes) return only;
  const support = new Map<string, number>([...codes].map((code) => [code, 0]));
  for (const id of titles) {
    for (const [code, count] of usesOf(id, index, taxonomy, level)) {
      if (support.has(code)) support.set(code, support.get(code)! + count);
    }
  }
  const words = new Set(query);
  const overlap = (code: string) => labelWords(taxonomy, level, code).filter((word) => words.has(word)).length;
  const size = (code: string) => titleCount(index, taxonomy, level).get(code) ?? 0;
  const [first] = [...codes].sort(
    (a, b) => support.get(b)! - support.get(a)! || overlap(b) - overlap(a) || size(b) - size(a) || (a < b ? -1 : 1),
  );
  const total = [...support.values()].reduce((sum, count) => sum + count, 0);
  return support.get(first!)! < MIN_SHARE * total ? null : first!;
}

/** Share of the titles with a bare head noun that its leading occupation needs: more than half. */
const HEAD_SHARE = 0.5;
/** Score of a bare French head noun coded through its reviewed occupation (head-nouns-rome.csv). */
const HEAD_NOUN_SCORE = 0.9;

/**
 * A French title whose first part is a head noun and words the taxonomy does not know
 * ("Vendeur H/F", "Infirmière Ehpad") read as the head noun alone: its reviewed occupation
 * (head-nouns-rome.csv), else the occupation of most titles with that head (chooseByHead),
 * with that share as score.
 */
export function chooseForBareHead(
  query: QueryWords,
  index: TitleIndex,
  taxonomy: Taxonomy,
  level: string,
): { code: string; score: number } | undefined {
  const [head, ...others] = query.segments[0] ?? [];
  if (head === undefined || others.some((word) => index.wordId(word) >= 0)) return undefined;
  const reviewed = index.headDefaultOf(head);
  if (reviewed !== undefined) return { code: taxonomy.codeOf(reviewed, level), score: HEAD_NOUN_SCORE };
  if (!index.isHeadWord(index.wordId(head), false)) return undefined;
  const chosen = chooseByHead(head, index, taxonomy, level);
  return chosen ? { code: chosen.code, score: chosen.share } : undefined;
}

const byHead = new WeakMap<TitleIndex, Map<string, { code: string; share: number } | null>>();

/**
 * The occupation a French head noun alone names ("infirmier", what "Infirmier H/F" leaves),
 * when it has no title of its own: the code of more than half of the titles it heads
 * ("Infirmier / Infirmière en soins généraux", "... de service hospitalier"...), with that
 * share; null when its titles are spread over several trades ("vendeur", "technicien").
 */
function chooseByHead(head: string, index: TitleIndex, taxonomy: Taxonomy, level: string): { code: string; share: number } | null {
  const byLevel = byHead.get(index) ?? new Map<string, { code: string; share: number } | null>();
  byHead.set(index, byLevel);
  const key = `${level} ${head}`;
  let chosen = byLevel.get(key);
  if (chosen === undefined) {
    const counts = new Map<string, number>();
    let total = 0;
    for (const title of index.titlesContaining(head, false)) {
      for (const code of codesOf(title, index, taxonomy, level)) {
        counts.set(code, (counts.get(code) ?? 0) + 1);
        total++;
      }
    }
    const [code, count] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['', 0];
    chosen = count > HEAD_SHARE * total ? { code, share: count / total } : null;
    byLevel.set(key, chosen);
  }
  return chosen;
}

const uses = new WeakMap<TitleIndex, Map<string, Map<number, Map<string, number>>>>();

/**
 * How many titles of the index with a title's head noun and all its words name each code at a
 * level: the taxonomy's usage of that title, computed once per title.
 */
function usesOf(title: number, index: TitleIndex, taxonomy: Taxonomy, level: string): Map<string, number> {
  const byLevel = uses.get(index) ?? new Map<string, Map<number, Map<string, number>>>();
  uses.set(index, byLevel);
  const byTitle = byLevel.get(level) ?? new Map<number, Map<string, number>>();
  byLevel.set(level, byTitle);
  let counts = byTitle.get(title);
  if (!counts) {
    counts = new Map();
    for (const other of index.titlesContaining(index.keyOf(title), index.isHeadLast(title))) {
      for (const code of codesOf(other, index, taxonomy, level)) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    byTitle.set(title, counts);
  }
  return counts;
}

const labelTokens = new WeakMap<Taxonomy, Map<string, string[]>>();

/** The comparable words of a code's label at a level, computed once. */
function labelWords(taxonomy: Taxonomy, level: string, code: string): string[] {
  const byCode = labelTokens.get(taxonomy) ?? new Map<string, string[]>();
  labelTokens.set(taxonomy, byCode);
  const key = `${level} ${code}`;
  let words = byCode.get(key);
  if (!words) {
    words = titleTokens(cleanTitle(taxonomy.labelOf(code, level) ?? ''));
    byCode.set(key, words);
  }
  return words;
}

/** Whether a query holds one of the words a leaf needs (see Taxonomy.contextOf). */
function fitsContext(taxonomy: Taxonomy, leaf: number, query: readonly string[]): boolean {
  const context = taxonomy.contextOf?.(leaf);
  return context === undefined || query.some((word) => context.has(word));
}

/** Whether a title may stand for a query: it is vague (no leaves) or one of its leaves fits the query's context. */
export function titleFits(index: TitleIndex, taxonomy: Taxonomy, title: number, query: readonly string[]): boolean {
  const leaves = index.leavesOf(title);
  return leaves.length === 0 || leaves.some((leaf) => fitsContext(taxonomy, leaf, query));
}

const titleCounts = new WeakMap<TitleIndex, Map<string, Map<string, number>>>();

/** How many titles of the index name each code at a level (computed once per index and level, from leaves). */
function titleCount(index: TitleIndex, taxonomy: Taxonomy, level: string): Map<string, number> {
  const byLevel = titleCounts.get(index) ?? new Map<string, Map<string, number>>();
  titleCounts.set(index, byLevel);
  let counts = byLevel.get(level);
  if (!counts) {
    counts = new Map();
    index.leafTitleCounts().forEach((count, leaf) => {
      if (count === 0) return;
      const code = taxonomy.codeOf(leaf, level);
      counts!.set(code, (counts!.get(code) ?? 0) + count);
    });
    byLevel.set(level, counts);
  }
  return counts;
}

/** The distinct codes a title names at a level. */
function codesOf(title: number, index: TitleIndex, taxonomy: Taxonomy, level: string): string[] {
  const codes: string[] = [];
  for (const leaf of index.leavesOf(title)) {
    const code = taxonomy.codeOf(leaf, level);
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/**
 * Whether a title is the last words of the query part holding it ("attorney" in "foreclosure
 * bankruptcy attorney") and names one occupation: a title of several words that is not
 * reviewed as too vague, or a single word of more than three letters with one code (not an
 * acronym such as "app", nor a word filed under several occupations such as "clerk"). A title
 * of several words that opens its part also counts when no word after it heads a taxonomy title.
 */
export function endsPart(index: TitleIndex, taxonomy: Taxonomy, level: string, match: TitleMatch, query: QueryWords): boolean {
  const words = query.segments[match.segment] ?? [];
  const count = index.wordCount(match.title);
  const leaves = index.leavesOf(match.title);
  if (count > words.length || leaves.length === 0) return false;
  const key = index.keyOf(match.title);
  // "Radiologic Technologist South Jordan Health Center": what follows names no occupation.
  if (count > 1 && key === words.slice(0, count).join(' ') && !words.slice(count).some((word) => index.isHead(word))) return true;
  if (key !== words.slice(words.length - count).join(' ')) return false;
  if (count > 1) return true;
  return key.length > 3 && codesOf(match.title, index, taxonomy, level).length === 1;
}

/** Vague titles that are only a rank: they say nothing of the work. */
const RANK_TITLES = new Set(['associate', 'principal', 'vice president', 'partner']);

/**
 * Whether a vague title is a bare rank that makes up its whole part of the query ("associate"
 * in "Associate, Energy & Agriculture Trader", "vice president" in "Credit Risk - Project
 * Finance - VP"): then the other parts name the occupation, and their titles need only the
 * usual threshold, not the one for parts that are often places or teams (round 7).
 */
export function isRankAlone(index: TitleIndex, title: number, part: readonly string[]): boolean {
  return index.wordCount(title) === part.length && RANK_TITLES.has(index.keyOf(title));
}
