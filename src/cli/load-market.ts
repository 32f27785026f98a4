// Market data for `check`, `render` and `init`: the `market:` section of the settings file,
// each setting overridden by its flag (a flag always wins, setting by setting). Read once
// per run, whatever the number of programs.
import path from 'node:path';
import type { CheckConfig } from '../check/config.js';
import type { LoadedConfig } from '../check/load-config.js';
import { readDemand } from '../demand/read-demand.js';
import { UserError } from '../errors/user-error.js';
import { escapeTerminal } from '../escape/terminal.js';
import { type MarketData, toMarketData } from '../market/market-data.js';
import { MARKET_DEFAULTS } from '../model/defaults.js';
import { LEVELS, notALevel, USER_LEVEL } from '../occupations/index.js';
import { summarizeSkips } from '../table/skip-log.js';
import type { Io } from './io.js';
import { confinedPath, readingInputs } from './market-input.js';
import { PATH_SETTINGS, type RawReadingOptions, READING_SETTINGS } from './market-options.js';
import { namesTaxonomyFile, taxonomyProblem } from './occupation-input.js';

export interface MarketFlags extends RawReadingOptions {
  market?: string[];
  marketThreshold?: number;
}

type MarketSection = NonNullable<CheckConfig['market']>;

/** The market files and reading options, flags over settings, with the threshold. */
export interface MarketInputs {
  files: string[];
  raw: RawReadingOptions;
  threshold: number;
}

/** The market data the flags and the settings name, or undefined when neither names files. */
export async function loadMarket(flags: MarketFlags, settings: LoadedConfig, io: Io): Promise<MarketData | undefined> {
  const inputs = await marketInputs(flags, settings, io);
  if (inputs === undefined) return undefined;
  const { sources, options } = await readingInputs(inputs.files, inputs.raw, io);
  const demand = await readDemand(sources, options);
  for (const note of [...demand.notes, ...summarizeSkips(demand.skips)]) io.stderr.write(`${escapeTerminal(note)}\n`);
  return toMarketData(demand, inputs.files, inputs.threshold);
}

/**
 * Each market setting from its flag, else from the settings file (paths made relative to
 * the current folder, after checking they stay inside the repository), else its default.
 */
export async function marketInputs(flags: MarketFlags, settings: LoadedConfig, io: Io): Promise<MarketInputs | undefined> {
  const configured = settings.file === undefined ? undefined : settings.config.market;
  if (flags.market === undefined && configured === undefined) return undefined;
  // A path the settings name is relative to the settings file, not to where check runs: a
  // problem with it says which setting of which file gave it.
  const settingError = (message: string, key: string) => {
    const shown = path.relative(io.cwd, settings.file!) || settings.file!;
    return new UserError(`${message.replace(/\.$/, '')} (market.${key} in "${shown}").`);
  };
  const fromConfig = async (file: string, key: string) => {
    try {
      return await confinedPath(file, path.dirname(settings.file!), settings.root!, io.cwd);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      throw settingError(error.message, key);
    }
  };
  const raw: RawReadingOptions = { ...flags };
  if (configured !== undefined) {
    for (const [flag, key] of Object.entries(READING_SETTINGS) as [keyof typeof READING_SETTINGS, keyof MarketSection][]) {
      raw[flag] ??= configured[key] as string | undefined;
    }
    for (const [flag, key] of Object.entries(PATH_SETTINGS) as [keyof typeof PATH_SETTINGS, keyof MarketSection][]) {
      const value = configured[key] as string | undefined;
      if (raw[flag] === undefined && value !== undefined) raw[flag] = await fromConfig(value, key);
    }
    if (raw.excludeSkills === undefined && configured.exclude_skills !== undefined) {
      const excluded = configured.exclude_skills;
      raw.excludeSkills = typeof excluded === 'string' ? await fromConfig(excluded, 'exclude_skills') : excluded;
    }
    raw.maxSkipped ??= configured.max_skipped;
    raw.countTable ??= configured.count_table;
    // `taxonomy` names a built-in taxonomy or a file.
    if (raw.taxonomy === undefined && configured.taxonomy !== undefined) {
      const { taxonomy } = configured;
      const problem = taxonomyProblem(taxonomy);
      if (problem !== undefined) throw settingError(problem, 'taxonomy');
      raw.taxonomy = namesTaxonomyFile(taxonomy) ? await fromConfig(taxonomy, 'taxonomy') : taxonomy;
    }
    // `--taxonomy none` typed once (a view by title) sets aside the settings that need a taxonomy.
    if (flags.taxonomy?.trim().toLowerCase() === 'none') {
      if (flags.level === undefined) delete raw.level;
      if (flags.occupationMap === undefined) delete raw.occupationMap;
    } else if (
      flags.occupationMap === undefined &&
      configured.occupation_map !== undefined &&
      raw.taxonomy?.trim().toLowerCase() === 'none'
    ) {
      throw settingError('An occupation map needs a taxonomy; taxonomy none groups postings by title.', 'occupation_map');
    }
    // Checked here, where its origin is known: the coder, created while the files are read, could not say which file gave it.
    const levelProblem = flags.level === undefined && raw.level !== undefined ? badLevel(raw.taxonomy, raw.level) : undefined;
    if (levelProblem !== undefined) throw settingError(levelProblem, 'level');
  }
  const files = flags.market ?? (await Promise.all(configured!.files.map((file) => fromConfig(file, 'files'))));
  return { files, raw, threshold: flags.marketThreshold ?? configured?.threshold ?? MARKET_DEFAULTS.threshold };
}

/** Why `level` is no level of `taxonomy` (`auto` when undefined: a level of O*NET or ROME), or undefined when it is one. */
function badLevel(taxonomy: string | undefined, level: string): string | undefined {
  const name = taxonomy?.trim().toLowerCase() ?? 'auto';
  if (name === 'none') return 'A level needs a taxonomy; taxonomy none groups postings by title.';
  const levels: readonly string[] =
    name === 'onet' || name === 'rome' ? LEVELS[name] : name === 'auto' ? [...LEVELS.onet, ...LEVELS.rome] : [USER_LEVEL];
  if (levels.includes(level.trim())) return undefined;
  return notALevel(name === 'onet' || name === 'rome' || name === 'auto' ? name : taxonomy!, levels, level);
}
