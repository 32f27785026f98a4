// Tension tables as France Travail and DARES publish them: one row per occupation and area,
// with the offers registered and the job seekers, and sometimes an official tension index.
import { UserError } from '../errors/user-error.js';
import { describeHeader, headerKey } from '../table/header-names.js';
import { type DialectOptions, scanTable, type TableSource } from '../table/scan-table.js';

/** Sums of one occupation code's rows. */
export interface TensionSums {
  offers: number;
  seekers: number;
  /** Sum of index x offers over the rows that give an index. */
  weightedIndex: number;
  /** Offers of the rows that give an index. */
  indexedOffers: number;
}

export interface TensionTable {
  /** By code as written in the file, trimmed and upper-cased (`M1805`, `29-1141.00`). */
  codes: Map<string, TensionSums>;
  /** Records that could not be read: 1-based line and reason. */
  skipped: { line: number; reason: string }[];
}

/** Header names of each column, compared after `headerKey`. */
const COLUMNS = {
  code: ['rome', 'code_rome', 'code', 'soc', 'onet_soc_code', 'occupation_code'],
  offers: ['oee', 'offers', 'offres'],
  seekers: ['defm_abc', 'seekers', 'demandeurs'],
  index: ['ind_tension_d', 'tension_index', 'indice_tension'],
} as const;

export async function readTension(source: TableSource, options: DialectOptions = {}): Promise<TensionTable> {
  const codes = new Map<string, TensionSums>();
  const skipped: TensionTable['skipped'] = [];
  let hasIndex = false;
  await scanTable(source, options, {
    header(fields) {
      const keys = fields.map(headerKey);
      const find = (role: keyof typeof COLUMNS): number =>
        COLUMNS[role].map((name) => keys.indexOf(name)).find((index) => index >= 0) ?? -1;
      const columns = [find('code'), find('offers'), find('seekers'), find('index')];
      for (const [slot, role] of (['code', 'offers', 'seekers'] as const).entries()) {
        if (columns[slot]! < 0) throw missingColumn(source.name, role, fields);
      }
      hasIndex = columns[3]! >= 0;
      return columns;
    },
    record(record) {
      const code = record.text(0).trim().toUpperCase();
      const offers = parseCount(record.text(1));
      const seekers = parseCount(record.text(2));
      const index = hasIndex ? parseCount(record.text(3)) : null;
      if (!code) return void skipped.push({ line: record.line, reason: 'its code is empty' });
      if (offers === null || seekers === null)
        return void skipped.push({ line: record.line, reason: 'its offers or seekers are not numbers' });
      const sums = codes.get(code) ?? { offers: 0, seekers: 0, weightedIndex: 0, indexedOffers: 0 };
      sums.offers += offers;
      sums.seekers += seekers;
      if (index !== null) {
        sums.weightedIndex += index * offers;
        sums.indexedOffers += offers;
      }
      codes.set(code, sums);
    },
    skip(line, reason) {
      skipped.push({ line, reason });
    },
  });
  return { codes, skipped };
}

/** A count as the tables write it: `1 036` (no-break space), `1036`, `4,5` or `4.5`; null when not a number. */
export function parseCount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(compact)) return null;
  return Number(compact);
}

function missingColumn(file: string, role: string, header: readonly string[]): UserError {
  const names = COLUMNS[role as keyof typeof COLUMNS].map((name) => `"${name}"`).join(', ');
  return new UserError(`Tension file "${file}" has no ${role} column (one of ${names}); its header is ${describeHeader(header)}.`);
}

export interface TensionFigures {
  /** Offers over job seekers of the occupation's rows, 4 decimals; null without rows or seekers. */
  tension: number | null;
  /** The official index (1-5 for France Travail) averaged over rows, weighted by offers, 2 decimals. */
  tension_index: number | null;
}

export function tensionFigures(sums: TensionSums | undefined): TensionFigures {
  if (sums === undefined) return { tension: null, tension_index: null };
  return {
    tension: sums.seekers > 0 ? round(sums.offers / sums.seekers, 4) : null,
    tension_index: sums.indexedOffers > 0 ? round(sums.weightedIndex / sums.indexedOffers, 2) : null,
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
