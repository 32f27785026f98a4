// Scores the occupation coder on a labelled sample of real postings: `file,row,codes` rows
// (row: 1-based data record; codes: accepted codes separated by ";", empty when too vague).
// English exports are coded with O*NET at level soc, French boards with ROME at level rome,
// titles first normalised as rank-jobs normalises careers. Reusable on any sample file, such
// as the held-out reference sample: scoreSample('test/data/occupation-sample.csv', '../shared/data').
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { normalizeTitle } from '../../src/demand/normalize-title.js';
import { createCoder, type OccupationCoder, type OccupationCoding } from '../../src/occupations/index.js';

/** The title column of each export the samples draw from. */
const TITLE_COLUMNS: Record<string, string> = {
  'en-linkedin-2023-postings.csv': 'title',
  'fr-hellowork-tech.csv': 'Job Title',
  'fr-freework-it.csv': 'title',
  'fr-wttj-titles.csv': 'name',
};

interface SideScore {
  taxonomy: 'onet' | 'rome';
  level: string;
  rows: number;
  /** Rows with at least one accepted code. */
  labelled: number;
  /** Rows the coder gave a code. */
  coded: number;
  /** Coded rows whose code is accepted. */
  right: number;
  /** right / labelled */
  recall: number;
  /** right / coded */
  precision: number;
}

interface ScoredRow {
  file: string;
  row: number;
  title: string;
  accepted: string[];
  coding: OccupationCoding;
}

export interface SampleScore {
  english: SideScore;
  french: SideScore;
  rows: ScoredRow[];
}

/**
 * Recall and precision of the coder on a sample; `dataDir` holds postings/ (../shared/data).
 * By default at the levels the sample is labelled at (soc, rome); at a coarser level, the
 * accepted codes are rolled up to it first (29-1141 -> 29-1140 at level minor).
 */
export async function scoreSample(samplePath: string, dataDir: string, levels = { onet: 'soc', rome: 'rome' }): Promise<SampleScore> {
  const sample = parse(readFileSync(samplePath), { columns: true, comment: '#', comment_no_infix: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const coders: Record<'onet' | 'rome', OccupationCoder> = {
    onet: await createCoder({ taxonomy: 'onet', level: levels.onet }),
    rome: await createCoder({ taxonomy: 'rome', level: levels.rome }),
  };
  const exports = new Map<string, Record<string, string>[]>();
  const rows: ScoredRow[] = [];
  for (const { file = '', row = '', codes = '' } of sample) {
    let records = exports.get(file);
    if (!records) {
      records = parse(readFileSync(path.join(dataDir, 'postings', file)), { columns: true, bom: true, skip_empty_lines: true }) as Record<
        string,
        string
      >[];
      exports.set(file, records);
    }
    const column = TITLE_COLUMNS[file];
    if (column === undefined) throw new Error(`No title column known for ${file}.`);
    const title = records[Number(row) - 1]?.[column] ?? '';
    const coder = file.startsWith('fr-') ? coders.rome : coders.onet;
    const accepted = [
      ...new Set(
        codes
          .split(';')
          .filter(Boolean)
          .map((code) => coder.parseCode(code) ?? code),
      ),
    ];
    rows.push({ file, row: Number(row), title, accepted, coding: coder.code(normalizeTitle(title)) });
  }
  const side = (taxonomy: 'onet' | 'rome'): SideScore => {
    const mine = rows.filter((row) => row.file.startsWith('fr-') === (taxonomy === 'rome'));
    const labelled = mine.filter((row) => row.accepted.length > 0).length;
    const coded = mine.filter((row) => row.coding.code !== null).length;
    const right = mine.filter((row) => row.coding.code !== null && row.accepted.includes(row.coding.code)).length;
    return {
      taxonomy,
      level: coders[taxonomy].level,
      rows: mine.length,
      labelled,
      coded,
      right,
      recall: right / (labelled || 1),
      precision: right / (coded || 1),
    };
  };
  return { english: side('onet'), french: side('rome'), rows };
}
