// Words a taxonomy may not hold that the coder reads another way when a title finds nothing.
// Technology names in job titles ("Golang Engineer", "Développeur Symfony", "Expert Kafka"):
// taxonomies do not list every language and product, so when a title finds no occupation,
// it is tried again with them read as "software" (English titles) or "informatique" (French).

import type { TitleIndex } from './title-index.js';
import type { QueryWords } from './title-tokens.js';

const TECHNOLOGIES = new Set(
  `java javascript js typescript ts python php ruby rail go golang scala kotlin swift rust cpp csharp dotnet net
   node nodej nodejs react reactj vue vuej angular angularj nextj nest nestj symfony laravel django flask spring
   springboot hibernate flutter xamarin ionic ios android sql nosql mongodb postgre postgresql mysql redis graphql
   aws azure gcp kubernetes kubernete docker terraform ansible openshift linux unix mainframe cobol abap sap salesforce
   servicenow talend informatica snowflake databrick spark hadoop kafka elastic elasticsearch dbt airflow tableau
   qlik powerbi dataiku magento shopify wordpress drupal sharepoint dynamic odoo guidewire murex calypso
   fortinet cisco vmware citrix jira devsecop mlop dataop genai llm ai ia peoplesoft pega sailpoint splunk appian wms`.split(/\s+/),
);

/** Whether a query names a technology. */
export function hasTechnologies(query: QueryWords): boolean {
  return query.tokens.some((token) => TECHNOLOGIES.has(token));
}

/** Whether a query opens with a French head noun ("Développeur Symfony", "Chef de projet ..."). */
export function opensFrench(query: QueryWords, index: TitleIndex): boolean {
  const opening = query.segments[0]?.[0];
  return opening !== undefined && index.isHeadWord(index.wordId(opening), false);
}

/**
 * What technology names are read as: "informatique" in a French title, "software" otherwise;
 * both when the title could be either. A taxonomy without French titles (O*NET) only needs
 * "software".
 */
export function technologyWords(query: QueryWords, index: TitleIndex): readonly ('software' | 'informatique')[] {
  if (!index.hasFrenchTitles) return ['software'];
  return opensFrench(query, index) ? ['informatique'] : ['software', 'informatique'];
}

/** A query with technology names replaced by `word` (see hasTechnologies). */
export function withoutTechnologies(query: QueryWords, word: 'software' | 'informatique'): QueryWords {
  const replace = (tokens: readonly string[]) => [...new Set(tokens.map((token) => (TECHNOLOGIES.has(token) ? word : token)))];
  return { tokens: replace(query.tokens), segments: query.segments.map(replace) };
}

/** Ranks that head a function rather than name an occupation: "VP, Environmental Health & Safety". */
const RANKS = new Set(['vice', 'president', 'director', 'directeur', 'directrice']);

/**
 * A query whose rank words are read as "manager" ("environmental health safety vice
 * president" -> "... manager"), or undefined if it has none: tried when the rank finds nothing.
 */
export function ranksAsManager(query: QueryWords): QueryWords | undefined {
  if (!query.tokens.some((token) => RANKS.has(token))) return undefined;
  const replace = (tokens: readonly string[]) => [...new Set(tokens.map((token) => (RANKS.has(token) ? 'manager' : token)))];
  return { tokens: replace(query.tokens), segments: query.segments.map(replace) };
}

/**
 * A query naming only a field ("supply chain", what "Supply Chain Intern" leaves once
 * cleaned) read as that field's specialist, or undefined when its first part ends with a
 * word that heads titles.
 */
export function fieldAsSpecialist(query: QueryWords, isHead: (token: string) => boolean): QueryWords | undefined {
  const first = query.segments[0];
  if (!first || first.length === 0 || isHead(first[first.length - 1]!)) return undefined;
  return { tokens: [...query.tokens, 'specialist'], segments: [[...first, 'specialist'], ...query.segments.slice(1)] };
}

/** A hyphen glued between a person noun and a word: "Representative-Farmers", "Accountant-Fixed Assets". */
const GLUED_HYPHEN = /(\p{L}{2}(?:er|or|ist|ant|(?<!m)ent|ian|ate|ive))-(\p{L})/gu;
const HAS_GLUED_HYPHEN = new RegExp(GLUED_HYPHEN.source, 'u');

/**
 * "Customer Service Representative-Farmers Direct Services": a hyphen glued between a person
 * noun and what follows may separate the title from noise, as a spaced dash does. The title
 * with such hyphens spaced, or undefined when it has none; tried only when the title finds
 * nothing otherwise ("part-time", "co-op" and "x-ray" are words, and follow no person noun).
 */
export function splitGluedHyphens(title: string): string | undefined {
  return HAS_GLUED_HYPHEN.test(title) ? title.replace(GLUED_HYPHEN, '$1 - $2') : undefined;
}
