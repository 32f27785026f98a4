// The columns the text formats (table, csv, md) print, each shown only where its data exists.

import { plural } from '../../text/plural.js';
import type { Availability } from '../career-stats.js';
import type { CareerRow, Ranking, SkillRow } from '../rank-careers.js';

/** What a formatter knows beyond the ranking itself. */
export interface FormatContext {
  available: Availability;
  /** The normalised `--job` career, when one was asked for. */
  job?: string;
  /** csv: text cells as they are, without the `'` that keeps spreadsheets from running formulas. */
  csvRaw?: boolean;
}

export type Formatter = (ranking: Ranking, context: FormatContext) => string;

export interface Column<Row> {
  header: string;
  /** Raw value for csv; `text` for table and md. */
  value: (row: Row) => string | number | null;
  text: (row: Row) => string;
  numeric: boolean;
}

const percent = (value: number | null): string => (value === null ? '-' : `${(value * 100).toFixed(1)}%`);
const signed = (value: number | null): string => (value === null ? '-' : `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`);
const plain = (value: number | string | null): string => (value === null ? '-' : String(value));

const TEXT_COLUMNS = new Set(['title', 'code', 'skill', 'top_skills', 'variants']);

function column<Row>(header: string, value: (row: Row) => string | number | null, text?: (row: Row) => string): Column<Row> {
  return {
    header,
    value,
    text: text ?? ((row) => plain(value(row))),
    numeric: !TEXT_COLUMNS.has(header),
  };
}

/** Variants the text formats show per career (JSON has five, or all with `--job`). */
const VARIANTS_IN_TEXT = 3;

export function careerColumns(context: FormatContext, ranking: Ranking): Column<CareerRow>[] {
  const { available } = context;
  const coded = ranking.taxonomy !== null;
  const tension = ranking.careers.some((row) => row.tension !== undefined);
  return [
    column<CareerRow>('rank', (row) => row.rank),
    column<CareerRow>('title', (row) => row.title),
    ...(coded ? [column<CareerRow>('code', (row) => row.code)] : []),
    column<CareerRow>('postings', (row) => row.postings),
    column<CareerRow>(
      'share',
      (row) => row.share,
      (row) => percent(row.share),
    ),
    ...(available.companies ? [column<CareerRow>('companies', (row) => row.companies)] : []),
    ...(available.dates
      ? [
          column<CareerRow>(
            'growth',
            (row) => row.growth,
            (row) => signed(row.growth),
          ),
        ]
      : []),
    ...(available.dates ? [column<CareerRow>('median_age_days', (row) => row.median_age_days)] : []),
    ...(available.durations ? [column<CareerRow>('median_duration_days', (row) => row.median_duration_days)] : []),
    ...(tension
      ? [column<CareerRow>('tension', (row) => row.tension ?? null), column<CareerRow>('tension_index', (row) => row.tension_index ?? null)]
      : []),
    ...(coded
      ? [
          column<CareerRow>('variants', (row) =>
            row.variants
              .slice(0, VARIANTS_IN_TEXT)
              .map((variant) => variant.title)
              .join('; '),
          ),
        ]
      : []),
    ...(available.skills ? [column<CareerRow>('top_skills', (row) => row.skills.map((skill) => skill.skill).join('; '))] : []),
  ];
}

export function skillColumns(): Column<SkillRow>[] {
  return [
    column<SkillRow>('skill', (row) => row.skill),
    column<SkillRow>('postings', (row) => row.postings),
    column<SkillRow>(
      'share',
      (row) => row.share,
      (row) => percent(row.share),
    ),
  ];
}

/** One sentence about the chosen career, above its skills in table and md; `show` escapes its title for the format. */
export function describeCareer(career: CareerRow, ranking: Ranking, show: (text: string) => string): string {
  const parts = [`rank ${career.rank}`, `${percent(career.share)} of ${plural(ranking.postings, 'posting')}`];
  if (career.companies !== null) parts.push(plural(career.companies, 'company'));
  if (career.growth !== null) parts.push(`growth ${signed(career.growth)}`);
  if (career.median_age_days !== null) parts.push(`median age ${career.median_age_days} days`);
  if (career.median_duration_days !== null) parts.push(`median duration ${career.median_duration_days} days`);
  if (career.tension !== undefined && career.tension !== null) parts.push(`tension ${career.tension}`);
  if (career.tension_index !== undefined && career.tension_index !== null) parts.push(`tension index ${career.tension_index}`);
  const code = career.code === null ? '' : ` (${career.code})`;
  return `"${show(career.title)}"${code}: ${plural(career.postings, 'posting')} (${parts.join(', ')}).${describeVariants(career, show)}`;
}

/** The titles merged into an occupation, the first ten, for the sentence above its skills. */
function describeVariants(career: CareerRow, show: (text: string) => string): string {
  if (career.code === null || career.variants.length === 0) return '';
  const listed = career.variants.slice(0, 10).map((variant) => `${show(variant.title)} (${variant.postings})`);
  const more = career.variants.length > listed.length ? ` and ${career.variants.length - listed.length} more` : '';
  return ` Titles: ${listed.join(', ')}${more}.`;
}
