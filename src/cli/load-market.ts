// Market data for `check` and `render`: from `--market` files, or from the config's
// `market:` section so CI needs no flags. Read once per run, whatever the number of programs.
import path from 'node:path';
import type { LoadedConfig } from '../check/load-config.js';
import { readDemand } from '../demand/read-demand.js';
import { escapeTerminal } from '../escape/terminal.js';
import { type MarketData, toMarketData } from '../market/market-data.js';
import { MARKET_DEFAULTS } from '../model/defaults.js';
import { summarizeSkips } from '../table/skip-log.js';
import type { Io } from './io.js';
import { type InputOrigin, type RawReadingOptions, readingInputs } from './market-input.js';

export interface MarketFlags extends RawReadingOptions {
  market?: string[];
  marketThreshold?: number;
}

export async function loadMarket(flags: MarketFlags, settings: LoadedConfig, io: Io): Promise<MarketData | undefined> {
  const configured = settings.config.market;
  if (flags.market !== undefined) {
    const threshold = flags.marketThreshold ?? configured?.threshold ?? MARKET_DEFAULTS.threshold;
    return read(flags.market, flags, { baseDir: io.cwd }, threshold, io);
  }
  if (configured === undefined || settings.file === undefined) return undefined;
  const raw: RawReadingOptions = {
    titleColumn: configured.title_column,
    skillsColumn: configured.skills_column,
    companyColumn: configured.company_column,
    dateColumn: configured.date_column,
    countColumn: configured.count_column,
    descriptionColumn: configured.description_column,
    delimiter: configured.delimiter,
    encoding: configured.encoding,
    aliases: configured.aliases,
    vocabulary: configured.vocabulary,
    skillsFile: configured.skills_file,
    joinColumn: configured.join_column,
    taxonomy: configured.taxonomy,
    level: configured.level,
    occupationMap: configured.occupation_map,
  };
  const origin = { baseDir: path.dirname(settings.file), confineTo: settings.root };
  return read(configured.files, raw, origin, configured.threshold, io);
}

async function read(files: string[], raw: RawReadingOptions, origin: InputOrigin, threshold: number, io: Io): Promise<MarketData> {
  const { sources, options } = await readingInputs(files, raw, io, origin);
  const demand = await readDemand(sources, options);
  for (const note of summarizeSkips(demand.skips)) io.stderr.write(`${escapeTerminal(note)}\n`);
  return toMarketData(demand, files, threshold);
}
