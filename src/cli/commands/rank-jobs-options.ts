// `rank-jobs` options beyond reading (see market-input.ts): checked and turned into the core's.
import type { FormatName } from '../../demand/format/names.js';
import type { RankMetric } from '../../demand/rank-careers.js';
import { UserError } from '../../errors.js';
import type { RawReadingOptions } from '../market-input.js';

export interface RawRankJobsOptions extends RawReadingOptions {
  job?: string;
  top?: string;
  topSkills?: string;
  rankBy: RankMetric;
  format?: FormatName;
  out?: string;
  force?: boolean;
}

export interface ParsedRankJobsOptions {
  job?: string;
  top?: number;
  topSkills: number;
  rankBy: RankMetric;
  format: FormatName;
}

export function parseRankJobsOptions(raw: RawRankJobsOptions, stdoutIsTty: boolean): ParsedRankJobsOptions {
  const top = raw.top === undefined ? undefined : positive('--top', raw.top);
  const topSkills = raw.topSkills === undefined ? 5 : positive('--top-skills', raw.topSkills);
  const format = raw.format ?? (stdoutIsTty ? 'table' : 'json');
  if (format === 'yaml' && raw.job === undefined) throw new UserError("The yaml format lists one career's skills: add --job.");
  return { job: raw.job, top, topSkills, rankBy: raw.rankBy, format };
}

export function positive(option: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new UserError(`The ${option} value "${value}" is not a positive whole number.`);
  return number;
}
