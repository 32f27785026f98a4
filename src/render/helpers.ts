// The helpers templates may use, by name. Each returns text; escaping is the template's job in HTML.
import { escapeMermaidLabel, escapeMermaidNodeText } from '../escape/mermaid.js';

/** `{{percent 0.62}}` -> `62%`; empty for null. */
function percent(share: unknown): string {
  return typeof share === 'number' ? `${Math.round(share * 100)}%` : '';
}

/** `{{number 2.5}}` -> `2.5`: at most two decimals, no trailing zeros. */
function number(value: unknown): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : '';
}

/** `{{plural 2 "project"}}` -> `2 projects`; a third argument gives an irregular plural. */
function plural(count: unknown, singular: unknown, ...rest: unknown[]): string {
  const many = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : `${String(singular)}s`;
  return `${String(count)} ${count === 1 ? String(singular) : many}`;
}

/** Inline Markdown text: characters that would format or break a table are escaped; lines joined. */
function md(text: unknown): string {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)
    .trim();
}

/** A URL inside a Markdown link destination: parentheses and whitespace percent-encoded. */
function mdUrl(url: unknown): string {
  return String(url ?? '')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/\s/g, (c) => encodeURIComponent(c));
}

/** A Mermaid gantt task or section name that can start no directive, comment or second line. */
function mermaid(text: unknown): string {
  return escapeMermaidLabel(String(text ?? ''));
}

/** A knowledge map's concept in a Mermaid flowchart, inside `c1["..."]`. */
function mermaidNode(text: unknown): string {
  return escapeMermaidNodeText(String(text ?? ''));
}

/**
 * `{{weekRange start_week end_week}}` -> `1–3`: the weeks a project takes, numbered from 1 as a
 * calendar would, from the outline's offsets (a project from week 0 to week 3 takes weeks 1 to 3).
 * One week reads `4`.
 */
function weekRange(start: unknown, end: unknown): string {
  if (typeof start !== 'number' || typeof end !== 'number') return '';
  return end - start > 1 ? `${start + 1}–${end}` : String(end);
}

/** `{{eq status "external"}}`: strict equality, for block conditions. */
function eq(a: unknown, b: unknown): boolean {
  return a === b;
}

/** `{{#if (hasSkill market.gaps skill)}}`: whether a list of skill figures names `skill`. */
function hasSkill(list: unknown, skill: unknown): boolean {
  return Array.isArray(list) && list.some((item) => (item as { skill?: unknown } | null)?.skill === skill);
}

/**
 * `{{#if (anyWith skills "open_feedback")}}`: whether some item of the lists (one or more)
 * has a non-empty list under `field`. Handlebars passes its options object last.
 */
function anyWith(...args: unknown[]): boolean {
  const values = args.slice(0, -1);
  const field = values.pop();
  if (typeof field !== 'string') return false;
  return values.some(
    (list) =>
      Array.isArray(list) &&
      list.some((item) => {
        const value: unknown =
          typeof item === 'object' && item !== null && Object.hasOwn(item, field) ? item[field as keyof typeof item] : undefined;
        return Array.isArray(value) && value.length > 0;
      }),
  );
}

/** The helpers every template sees; Handlebars' own (`if`, `each`, `with`, `unless`, `lookup`) too. */
export const HELPERS = { percent, number, plural, md, mdUrl, mermaid, mermaidNode, weekRange, eq, hasSkill, anyWith } as const;
