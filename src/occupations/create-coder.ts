// The occupation coder: a job title -> an occupation code of a taxonomy at a level, through
// the cascade code -> override -> exact -> closest match -> uncoded.

import { UserError } from '../errors/user-error.js';
import { chooseCode, chooseForBareHead, endsPart, isRankAlone, titleFits } from './choose-code.js';
import { cleanTitle } from './clean-title.js';
import { foldQuery } from './gender-folds.js';
import { checkLevel, type TaxonomyName } from './levels.js';
import { type LoadedTaxonomy, loadBuiltInTaxonomy, loadUserTaxonomy } from './load-taxonomy.js';
import {
  fieldAsSpecialist,
  hasTechnologies,
  opensFrench,
  ranksAsManager,
  splitGluedHyphens,
  technologyWords,
  withoutTechnologies,
} from './query-variants.js';
import type { TitleMatch } from './search-titles.js';
import { type QueryWords, queryWords } from './title-tokens.js';

/** How a title was coded. */
export interface OccupationCoding {
  /** The code at the requested level; null when uncoded. */
  code: string | null;
  /** The taxonomy's own label of that code at that level; null when uncoded. */
  label: string | null;
  /** Confidence in [0, 1]: 1 for code, override and exact; the closest match's score for fuzzy (at most 0.99). */
  score: number;
  method: 'code' | 'override' | 'exact' | 'fuzzy' | 'none';
}

export interface OccupationCoder {
  /** 'onet', 'rome', or the user file's name. */
  readonly taxonomy: string;
  readonly level: string;
  /** `title` is a career name already normalised by normalizeTitle (lower case, gender markers and one seniority word removed). */
  code(title: string): OccupationCoding;
  /** The label of a code at this level, or undefined if it is not one (for `--job M1805`). */
  labelOf(code: string): string | undefined;
  /** A code as users or exports write it, at this level ('m1805' -> 'M1805'; '29-1141.03' -> '29-1141' at level soc), or undefined when the text is not a code of this taxonomy. */
  parseCode(text: string): string | undefined;
}

/**
 * Score of the closest match below which a title stays uncoded, for ROME and users' own
 * taxonomies. Chosen on the development samples (docs/occupations.md, "Threshold").
 */
export const CODING_THRESHOLD = 0.5;

/**
 * The threshold of each built-in taxonomy. O*NET's is higher: its titles rarely carry words
 * postings leave out, so an English title that far from every O*NET title is more often
 * wrong than right; ROME's appellations name a sector ("en industrie") that postings omit.
 */
export const CODING_THRESHOLDS: Readonly<Record<TaxonomyName, number>> = { onet: 0.6, rome: CODING_THRESHOLD };

/**
 * Threshold of O*NET titles that end the part of the query holding them ("Foreclosure/Bankruptcy
 * Attorney", "Western US Key Account Manager"): the words before only specialise the title
 * (docs/occupations.md, "Threshold and what scores mean").
 */
const SUFFIX_THRESHOLD = 0.55;

/** Score a title found in another part than a vague best title needs (often places or teams), unless that title is a bare rank. */
const OTHER_PART_THRESHOLD = 0.7;
const UNCODED: OccupationCoding = Object.freeze({ code: null, label: null, score: 0, method: 'none' });

/** A closest match: the code and its score. */
type Found = { code: string; score: number };
/** What closest() answers when the best title is reviewed as too vague and nothing else fits. */
const VAGUE = 'vague';
const orNothing = (found: Found | typeof VAGUE | undefined): Found | undefined => (found === VAGUE ? undefined : found);

export async function createCoder(options: {
  taxonomy: TaxonomyName | { name: string; text: string };
  level?: string;
  overrides?: ReadonlyMap<string, string> & { where?(title: string): string };
}): Promise<OccupationCoder> {
  const source = options.taxonomy;
  const loaded = typeof source === 'string' ? await loadBuiltInTaxonomy(source) : loadUserTaxonomy(source.name, source.text);
  const level = checkLevel(loaded.taxonomy.name, loaded.taxonomy.levels, options.level);
  const threshold = typeof source === 'string' ? CODING_THRESHOLDS[source] : CODING_THRESHOLD;
  return new Coder(loaded, level, options.overrides ?? new Map(), threshold);
}

class Coder implements OccupationCoder {
  readonly taxonomy: string;
  private readonly byTitle = new Map<string, OccupationCoding>();
  private readonly byKey = new Map<string, OccupationCoding>();
  private readonly overrides = new Map<string, OccupationCoding>();
  private readonly overridesByKey = new Map<string, OccupationCoding>();

  constructor(
    private readonly loaded: LoadedTaxonomy,
    readonly level: string,
    overrides: ReadonlyMap<string, string> & { where?(title: string): string },
    private readonly threshold: number,
  ) {
    this.taxonomy = loaded.taxonomy.name;
    for (const [title, value] of overrides) {
      const code = this.parseCode(value);
      if (code === undefined) {
        throw new UserError(
          `${overrides.where?.(title) ?? 'Occupation map'}: "${title}" maps to "${value}", which is not a code of taxonomy "${this.taxonomy}" at level "${level}".`,
        );
      }
      const coding: OccupationCoding = { code, label: this.labelOf(code) ?? null, score: 1, method: 'override' };
      this.overrides.set(title, coding);
      const key = this.queryOf(title).tokens.join(' ');
      if (key !== '' && !this.overridesByKey.has(key)) this.overridesByKey.set(key, coding);
    }
  }

  code(title: string): OccupationCoding {
    let coding = this.byTitle.get(title);
    if (!coding) {
      coding = this.codeOnce(title);
      this.byTitle.set(title, coding);
    }
    return coding;
  }

  labelOf(code: string): string | undefined {
    return this.loaded.taxonomy.labelOf(code, this.level);
  }

  parseCode(text: string): string | undefined {
    return this.loaded.taxonomy.parseCode(text, this.level);
  }

  private codeOnce(title: string): OccupationCoding {
    const override = this.overrides.size > 0 ? this.overrides.get(title.trim()) : undefined;
    if (override) return override;
    const code = this.parseCode(title);
    if (code !== undefined) return { code, label: this.labelOf(code) ?? null, score: 1, method: 'code' };
    const query = this.queryOf(title);
    const key = query.tokens.join(' ');
    const byKey = this.overridesByKey.size > 0 ? this.overridesByKey.get(key) : undefined;
    if (byKey) return byKey;
    const coding = this.byKey.get(key) ?? (key === '' ? UNCODED : this.match(query));
    this.byKey.set(key, coding);
    // A title that finds nothing is read again with glued hyphens as dashes: its own answer, not its key's.
    const split = coding.code === null && key !== '' ? splitGluedHyphens(title) : undefined;
    return split === undefined ? coding : this.match(this.queryOf(split));
  }

  /** A title's words as the index keys them: cleaned, compared, feminines read as masculines. */
  private queryOf(title: string): QueryWords {
    return foldQuery(queryWords(cleanTitle(title)), this.loaded.index.folds);
  }

  private match(query: QueryWords): OccupationCoding {
    const exact = this.loaded.index.exact(query.tokens);
    if (exact !== undefined && this.fits(exact, query.tokens)) return this.coding(this.choose([exact], query.tokens), 1, 'exact');
    // Technology names the taxonomy does not know stand for software ("golang engineer"); when
    // nothing is found, a rank stands for the manager of its function ("VP, Environmental
    // Health & Safety") and a bare field for its specialist ("Supply Chain Intern").
    const first = this.closest(query);
    let found = first === VAGUE ? undefined : first;
    if (hasTechnologies(query)) {
      for (const word of technologyWords(query, this.loaded.index)) {
        const candidate = orNothing(this.closest(withoutTechnologies(query, word)));
        if (candidate && candidate.score > (found?.score ?? 0)) found = candidate;
      }
    }
    if (!found) {
      const ranks = ranksAsManager(query);
      if (ranks) found = orNothing(this.closest(ranks));
    }
    // A best title reviewed as too vague ("architect" for "Perception Architect") is the answer:
    // the field and head-noun readings below are for titles that find nothing.
    if (!found && first === VAGUE) return UNCODED;
    // A French title opens with its head noun ("chef de projet ... Service Desk"): it names no bare field.
    const { index } = this.loaded;
    if (!found && !opensFrench(query, index)) {
      const field = fieldAsSpecialist(query, (token) => index.isHead(token));
      if (field) found = orNothing(this.closest(field));
    }
    found ??= chooseForBareHead(query, this.loaded.index, this.loaded.taxonomy, this.level);
    return found ? this.coding(found.code, Math.min(0.99, Number(found.score.toFixed(4))), 'fuzzy') : UNCODED;
  }

  /**
   * The code of the closest titles, if they score the taxonomy's threshold or more. When the best
   * title is reviewed as too vague ("consultant"), another part may still name the occupation:
   * "Consultant / Chef de projet ERP", "Associate, Energy & Agriculture Trader" (a bare rank).
   */
  private closest(query: QueryWords): Found | typeof VAGUE | undefined {
    const matches = this.loaded.index
      .search(query)
      .filter((match) => match.score >= this.thresholdOf(match, query) && this.fits(match.title, query.tokens));
    const best = matches[0];
    if (!best) return undefined;
    const tied = matches.filter((match) => match.score >= best.score - 1e-9).map((match) => match.title);
    const code = this.choose(tied, query.tokens);
    if (code !== null) return { code, score: best.score };
    // A vague French best title ("ingénieur") gives way to a title of its part that explains the
    // word qualifying the head noun: ROME's titles name a sector postings leave out
    // ("Ingénieur méthodes en industrie" for "Ingénieur Méthodes Amélioration Continue").
    const qualifier = this.qualifierOf(query, best);
    if (qualifier >= 0) {
      for (const other of matches) {
        if (other.segment !== best.segment || !this.loaded.index.hasWord(other.title, qualifier)) continue;
        const otherCode = this.choose([other.title], query.tokens);
        if (otherCode !== null) return { code: otherCode, score: other.score };
      }
    }
    const rankAlone = isRankAlone(this.loaded.index, best.title, query.segments[best.segment]!);
    for (const other of matches) {
      if (other.segment === best.segment || (other.score < OTHER_PART_THRESHOLD && !rankAlone)) continue;
      const otherCode = this.choose([other.title], query.tokens);
      if (otherCode !== null) return { code: otherCode, score: other.score };
    }
    return this.loaded.index.leavesOf(best.title).length === 0 ? VAGUE : undefined;
  }

  /** The threshold a match needs: lower for a title that ends its part of the query ("bankruptcy attorney"). */
  private thresholdOf(match: TitleMatch, query: QueryWords): number {
    if (match.score >= this.threshold || match.score < SUFFIX_THRESHOLD) return this.threshold;
    const { index, taxonomy } = this.loaded;
    return endsPart(index, taxonomy, this.level, match, query) ? SUFFIX_THRESHOLD : this.threshold;
  }

  /** The query word next to a vague title's head noun (before it in English, after it in French), or -1. */
  private qualifierOf(query: QueryWords, match: TitleMatch): number {
    const { index } = this.loaded;
    if (index.leavesOf(match.title).length > 0 || index.isHeadLast(match.title)) return -1;
    const words = query.segments[match.segment]!;
    const head = words.findIndex((word) => index.wordId(word) === index.headOf(match.title));
    const next = words[index.isHeadLast(match.title) ? head - 1 : head + 1];
    const qualifier = head < 0 || next === undefined ? -1 : index.wordId(next);
    // Only a word the vague title leaves unexplained: "chief engineer" is vague as a whole.
    return qualifier < 0 || index.hasWord(match.title, qualifier) ? -1 : qualifier;
  }

  private fits(title: number, tokens: readonly string[]): boolean {
    return titleFits(this.loaded.index, this.loaded.taxonomy, title, tokens);
  }

  private choose(titles: number[], tokens: string[]): string | null {
    const { index, taxonomy } = this.loaded;
    return chooseCode(titles, index, taxonomy, this.level, tokens);
  }

  private coding(code: string | null, score: number, method: 'exact' | 'fuzzy'): OccupationCoding {
    return code === null ? UNCODED : { code, label: this.labelOf(code) ?? null, score, method };
  }
}
