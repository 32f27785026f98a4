// `rank-jobs` options as commander hands them, checked and turned into the core's options.
import { parseDelimiterOption } from '../../demand/detect-dialect.js';
import { parseEncodingName, type Encoding } from '../../demand/detect-encoding.js';
import type { ColumnOptions } from '../../demand/find-columns.js';
import type { FormatName } from '../../demand/format/names.js';
import type { RankMetric } from '../../demand/rank-careers.js';
import { UserError } from '../../errors.js';

export interface RawRankJobsOptions {
  titleColumn?: string;
  skillsColumn?: string;
  companyColumn?: string;
  dateColumn?: string;
  closeDateColumn?: string;
  countColumn?: string;
  descriptionColumn?: string;
  delimiter?: string;
  encoding?: string;
  aliases?: string;
  vocabulary?: string;
  skillsFile?: string;
  joinColumn?: string;
  job?: string;
  top?: string;
  topSkills?: string;
  rankBy: RankMetric;
  format?: FormatName;
  out?: string;
  force?: boolean;
}

export interface ParsedRankJobsOptions {
  columns: ColumnOptions;
  delimiter?: string;
  encoding?: Encoding;
  joinColumns?: string[];
  job?: string;
  top?: number;
  topSkills: number;
  rankBy: RankMetric;
  format: FormatName;
}

export function parseRankJobsOptions(raw: RawRankJobsOptions, stdoutIsTty: boolean): ParsedRankJobsOptions {
  const delimiter = raw.delimiter === undefined ? undefined : parseDelimiterOption(raw.delimiter);
  if (raw.delimiter !== undefined && delimiter === undefined) throw new UserError(`The delimiter "${raw.delimiter}" is not one ASCII character (other than a quote or newline).`);
  const encoding = raw.encoding === undefined ? undefined : parseEncodingName(raw.encoding);
  if (raw.encoding !== undefined && encoding === undefined) throw new UserError(`The encoding "${raw.encoding}" is not supported (use utf-8, utf-16le, utf-16be or windows-1252).`);
  const top = raw.top === undefined ? undefined : positive('--top', raw.top);
  const topSkills = raw.topSkills === undefined ? 5 : positive('--top-skills', raw.topSkills);
  if ((raw.skillsFile === undefined) !== (raw.joinColumn === undefined)) throw new UserError('The options --skills-file and --join-column go together.');
  const format = raw.format ?? (stdoutIsTty ? 'table' : 'json');
  if (format === 'yaml' && raw.job === undefined) throw new UserError('The yaml format lists one career\'s skills: add --job.');
  return {
    columns: {
      title: raw.titleColumn, skills: raw.skillsColumn, company: raw.companyColumn, date: raw.dateColumn,
      closeDate: raw.closeDateColumn, count: raw.countColumn, description: raw.descriptionColumn,
    },
    delimiter,
    encoding,
    joinColumns: raw.joinColumn?.split(',').map((name) => name.trim()),
    job: raw.job,
    top,
    topSkills,
    rankBy: raw.rankBy,
    format,
  };
}

function positive(option: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new UserError(`The ${option} value "${value}" is not a positive whole number.`);
  return number;
}
