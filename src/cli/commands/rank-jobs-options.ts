// `rank-jobs` options beyond reading (see market-input.ts): checked and turned into the core's.
import type { FormatName } from '../../demand/format/names.js';
import type { RankMetric } from '../../demand/rank-metrics.js';
import { UserError } from '../../errors/user-error.js';
import { LIST_DEFAULTS } from '../../model/defaults.js';
import type { RawReadingOptions } from '../market-options.js';

export interface RawRankJobsOptions extends RawReadingOptions {
  job?: string;
  top?: number;
  topSkills?: number;
  rankBy: RankMetric;
  format?: FormatName;
  out?: string;
  force?: boolean;
  csvRaw?: boolean;
  tension?: string;
  minPostings?: number;
}

export interface ParsedRankJobsOptions {
  job?: string;
  top?: number;
  topSkills: number;
  rankBy: RankMetric;
  format: FormatName;
  csvRaw: boolean;
  minPostings?: number;
}

export function parseRankJobsOptions(raw: RawRankJobsOptions, stdoutIsTty: boolean): ParsedRankJobsOptions {
  const format = raw.format ?? (stdoutIsTty ? 'table' : 'json');
  if (raw.rankBy === 'tension' && raw.tension === undefined)
    throw new UserError('Ranking by tension needs a tension table: add --tension <file>.');
  if (format === 'yaml' && raw.job === undefined) throw new UserError("The yaml format lists one career's skills: add --job.");
  if (raw.csvRaw === true && format !== 'csv')
    throw new UserError(`The option --csv-raw applies to the csv format, not "${format}": add --format csv.`);
  return {
    job: raw.job,
    top: raw.top,
    topSkills: raw.topSkills ?? LIST_DEFAULTS.skillsPerCareer,
    rankBy: raw.rankBy,
    format,
    csvRaw: raw.csvRaw === true,
    ...(raw.minPostings === undefined ? {} : { minPostings: raw.minPostings }),
  };
}
