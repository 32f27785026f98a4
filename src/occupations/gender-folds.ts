// French feminine words read as their masculine ("ingénieure" -> "ingenieur"), on both sides:
// the taxonomy writes many titles in both forms, but a reviewed row or an appellation in one
// form only ("Conseiller de vente") would otherwise miss the other ("Conseillère de vente").
// The pairs come from the taxonomy's own gender pairs ("Conseiller / Conseillère clientèle").

import type { QueryWords } from './title-tokens.js';

/**
 * Feminine -> masculine words, from the words of titles' masculine and feminine forms (the
 * comparable words, position by position): each feminine goes to its most frequent masculine.
 */
export function feminineFolds(pairs: Iterable<readonly [masculine: readonly string[], feminine: readonly string[]]>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [masculine, feminine] of pairs) {
    if (masculine.length !== feminine.length) continue;
    for (let k = 0; k < masculine.length; k++) {
      const [male, female] = [masculine[k]!, feminine[k]!];
      if (male === female) continue;
      const byMale = counts.get(female) ?? new Map<string, number>();
      counts.set(female, byMale.set(male, (byMale.get(male) ?? 0) + 1));
    }
  }
  const males = new Set([...counts.values()].flatMap((byMale) => [...byMale.keys()]));
  const folds = new Map<string, string>();
  for (const [female, byMale] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [male] = [...byMale].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    // A word that is the masculine of another pair keeps its meaning: only true feminines fold.
    if (!males.has(female)) folds.set(female, male);
  }
  return folds;
}

/** French feminine endings and their masculine: ingénieure, conseillère, vendeuse, directrice, technicienne, fonctionnelle, sportive. */
const ENDINGS: [feminine: string, masculine: string][] = [
  ['iere', 'ier'],
  ['ere', 'er'],
  ['euse', 'eur'],
  ['rice', 'eur'],
  ['ienne', 'ien'],
  ['onne', 'on'],
  ['elle', 'el'],
  ['ive', 'if'],
  ['e', ''],
];

/**
 * Feminine -> masculine words found by their endings among a taxonomy's words, where both
 * forms are words of its titles: adjectives agree in postings ("Conseillère immobilière")
 * where the taxonomy's feminine titles keep them masculine ("Conseillère immobilier").
 * Words that `keep` lists (masculines of gender pairs) are never folded.
 */
export function endingFolds(words: ReadonlySet<string>, keep: ReadonlySet<string>): Map<string, string> {
  const folds = new Map<string, string>();
  for (const word of [...words].sort()) {
    if (keep.has(word)) continue;
    for (const [feminine, masculine] of ENDINGS) {
      if (!word.endsWith(feminine)) continue;
      const male = word.slice(0, word.length - feminine.length) + masculine;
      if (male.length >= 4 && words.has(male)) {
        folds.set(word, male);
        break;
      }
    }
  }
  return folds;
}

/** Words with feminines folded, each once. */
export function foldWords(words: readonly string[], folds: ReadonlyMap<string, string>): string[] {
  const folded: string[] = [];
  for (const word of words) {
    const male = folds.get(word) ?? word;
    if (!folded.includes(male)) folded.push(male);
  }
  return folded;
}

/** A query with feminines folded; the same object when nothing changes. */
export function foldQuery(query: QueryWords, folds: ReadonlyMap<string, string>): QueryWords {
  if (folds.size === 0 || !query.tokens.some((word) => folds.has(word))) return query;
  return { tokens: foldWords(query.tokens, folds), segments: query.segments.map((segment) => foldWords(segment, folds)) };
}
