// The candidate codes of an English title and their generic features, for the re-ranker
// experiment of scripts/occupation-reranker-cv.ts (docs/occupations.md, "Round 8"). No
// feature names a word or a title: with about 1,100 labelled rows they would be memorised.
import { endsPart } from '../../src/occupations/choose-code.js';
import { cleanTitle } from '../../src/occupations/clean-title.js';
import { foldQuery } from '../../src/occupations/gender-folds.js';
import type { LoadedTaxonomy } from '../../src/occupations/load-taxonomy.js';
import type { TitleMatch } from '../../src/occupations/search-titles.js';
import { queryWords, titleTokens } from '../../src/occupations/title-tokens.js';

/** A candidate code of a title and its features (FEATURE_NAMES, in order). */
export interface Candidate {
  code: string;
  features: number[];
}

/** What the coder answered for the title. */
export interface CascadeAnswer {
  code: string | null;
  method: string;
  score: number;
}

export const FEATURE_NAMES = [
  'score', // best score of the candidate's titles among the search's best
  'gap', // best score of the search minus the candidate's
  'rank0', // its best title is the search's first
  'rank', // rank of its best title / TOP
  'vote', // score-weighted share of the best titles naming it (a title of n codes counts 1/n)
  'share', // share of the best titles naming it
  'unambiguous', // 1 / codes of its best title
  'cascade', // the coder's answer
  'cascadeExact',
  'cascadeFuzzy',
  'exact', // its best title is the query's exact title
  'onHead', // its best title's head noun is the query's
  'endsPart', // its best title ends (or opens) its part of the query (choose-code.ts)
  'titleWords', // words of its best title, at most 4, / 4
  'explained', // share of the query's words in its best title
  'codeTitles', // ln(1 + O*NET titles of the code) / 8
  'allOther', // an "All Other" code (ends in 9)
  'managementRank', // an 11- code and the query holds a rank word
  'managementNoRank', // an 11- code and the query holds none
  'otherPart', // its best title was found in another part than the first
  'topScore', // the search's best score (per title)
  'topVague', // the search's best title is reviewed as too vague (per title)
  'cascadeNone', // the coder left the title uncoded (per title)
  'queryWords', // words of the query, at most 8, / 8
  'usage', // share of the uses of its best title (titles holding all its words) that name it
  'labelHits', // query words in the code's label, at most 3, / 3
  'labelRecall', // share of the label's words in the query
  'labelBest', // most label hits among the candidates
  'usageBest', // most usage among the codes of its best title
  'headBest', // its best title is the best-scored one on the query's head noun
  'labelHead', // the label holds the query's head noun
  'hitsVsCascade', // label hits minus the coder's answer's
  'usageVsCascade',
  'scoreVsCascade',
  'sameTitleAsCascade', // another code of the title the coder's answer came from
  'cascadeHits', // label hits of the coder's answer (per title)
] as const;

/** How many of the search's titles give candidates (searchTitles returns at most 8). */
const TOP = 8;
const LEVEL = 'soc';
const RANK_WORDS = new Set(['manager', 'director', 'chief', 'president', 'head', 'executive', 'vice']);

/** The candidates of a normalised English title: the codes of its exact title and of the search's best titles, and the coder's answer. */
export function candidatesOf(loaded: LoadedTaxonomy, title: string, cascade: CascadeAnswer): Candidate[] {
  const { index, taxonomy } = loaded;
  const codesOfTitle = (id: number) => [...new Set([...index.leavesOf(id)].map((leaf) => taxonomy.codeOf(leaf, LEVEL)))];
  const query = foldQuery(queryWords(cleanTitle(title)), index.folds);
  const exact = index.exact(query.tokens);
  let matches: TitleMatch[] = index.search(query).slice(0, TOP);
  if (exact !== undefined) matches = [{ title: exact, score: 1, segment: 0 }, ...matches.filter((match) => match.title !== exact)];
  const headWord = [...(query.segments.find((part) => part.some((word) => index.isHeadWord(index.wordId(word), true))) ?? [])]
    .reverse()
    .find((word) => index.isHeadWord(index.wordId(word), true));
  const head = headWord === undefined ? -1 : index.wordId(headWord);
  const topScore = matches[0]?.score ?? 0;
  const scoreSum = matches.reduce((sum, match) => sum + match.score, 0) || 1;
  const byCode = new Map<string, { best: TitleMatch; rank: number; vote: number; count: number }>();
  matches.forEach((match, rank) => {
    const codes = codesOfTitle(match.title);
    for (const code of codes) {
      const entry = byCode.get(code) ?? { best: match, rank, vote: 0, count: 0 };
      entry.vote += match.score / codes.length / scoreSum;
      entry.count++;
      byCode.set(code, entry);
    }
  });
  const codes = [...byCode.keys()];
  if (cascade.code !== null && !byCode.has(cascade.code)) codes.push(cascade.code);
  const words = new Set(query.tokens);
  const labelOf = (code: string) => titleTokens(cleanTitle(taxonomy.labelOf(code, LEVEL) ?? ''));
  const hitsOf = (code: string) => labelOf(code).filter((word) => words.has(word)).length;
  const usageOf = (code: string) => {
    const entry = byCode.get(code);
    if (!entry) return 0;
    const uses = index
      .titlesContaining(index.keyOf(entry.best.title), index.isHeadLast(entry.best.title))
      .flatMap((other) => codesOfTitle(other));
    return uses.length === 0 ? 0 : uses.filter((use) => use === code).length / uses.length;
  };
  const maxHits = Math.max(0, ...codes.map(hitsOf));
  const maxUsage = new Map<number, number>();
  for (const [code, entry] of byCode) maxUsage.set(entry.best.title, Math.max(maxUsage.get(entry.best.title) ?? 0, usageOf(code)));
  const onHead = (match: TitleMatch) => index.headOf(match.title) === head;
  const bestOnHead = Math.max(0, ...matches.filter((match) => onHead(match) && index.leavesOf(match.title).length > 0).map((m) => m.score));
  const hasRank = query.tokens.some((word) => RANK_WORDS.has(word)) ? 1 : 0;
  const cascadeEntry = cascade.code === null ? undefined : byCode.get(cascade.code);
  const cascadeHits = cascade.code === null ? 0 : hitsOf(cascade.code);
  const cascadeUsage = cascade.code === null ? 0 : usageOf(cascade.code);
  const flag = (value: boolean | undefined) => (value ? 1 : 0);
  const titleCounts = titleCountsOf(loaded);
  return codes.map((code) => {
    const entry = byCode.get(code);
    const isCascade = code === cascade.code;
    const score = entry?.best.score ?? cascade.score;
    const rank = entry?.rank ?? TOP;
    const titleWords = entry ? index.keyOf(entry.best.title).split(' ') : [];
    const management = code.startsWith('11-') ? 1 : 0;
    const features = [
      score,
      topScore - score,
      flag(rank === 0),
      rank / TOP,
      entry?.vote ?? 0,
      (entry?.count ?? 0) / Math.max(1, matches.length),
      entry ? 1 / codesOfTitle(entry.best.title).length : 0,
      flag(isCascade),
      flag(isCascade && cascade.method === 'exact'),
      flag(isCascade && cascade.method === 'fuzzy'),
      flag(entry && entry.best.title === exact),
      flag(entry && onHead(entry.best)),
      flag(entry && endsPart(index, taxonomy, LEVEL, entry.best, query)),
      Math.min(titleWords.length, 4) / 4,
      titleWords.filter((word) => words.has(word)).length / Math.max(1, query.tokens.length),
      Math.log1p(titleCounts.get(code) ?? 0) / 8,
      flag(code.endsWith('9')),
      management * hasRank,
      management * (1 - hasRank),
      flag(entry && entry.best.segment > 0),
      topScore,
      flag(matches[0] !== undefined && index.leavesOf(matches[0].title).length === 0),
      flag(cascade.code === null),
      Math.min(query.tokens.length, 8) / 8,
      usageOf(code),
      Math.min(hitsOf(code), 3) / 3,
      hitsOf(code) / Math.max(1, labelOf(code).length),
      flag(maxHits > 0 && hitsOf(code) === maxHits),
      flag(entry && usageOf(code) >= (maxUsage.get(entry.best.title) ?? 0)),
      flag(entry && onHead(entry.best) && entry.best.score >= bestOnHead),
      flag(headWord !== undefined && labelOf(code).includes(headWord)),
      cascade.code === null ? 0 : hitsOf(code) - cascadeHits,
      cascade.code === null ? 0 : usageOf(code) - cascadeUsage,
      cascade.code === null ? 0 : score - cascade.score,
      flag(cascadeEntry && entry && cascadeEntry.best.title === entry.best.title),
      cascadeHits,
    ];
    return { code, features };
  });
}

const counts = new WeakMap<LoadedTaxonomy, Map<string, number>>();

/** How many titles of the index name each code at level soc, counted once per taxonomy. */
function titleCountsOf(loaded: LoadedTaxonomy): Map<string, number> {
  let byCode = counts.get(loaded);
  if (!byCode) {
    const made = new Map<string, number>();
    loaded.index.leafTitleCounts().forEach((count, leaf) => {
      const code = loaded.taxonomy.codeOf(leaf, LEVEL);
      if (count > 0) made.set(code, (made.get(code) ?? 0) + count);
    });
    counts.set(loaded, made);
    byCode = made;
  }
  return byCode;
}
