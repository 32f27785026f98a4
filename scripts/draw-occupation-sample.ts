// Draws the rows of an occupation-coding sample: postings, not distinct titles, chosen at
// random with a fixed seed from the real exports in ../shared/data. Prints `file,row,title`
// for the person labelling them; a committed sample keeps only `file,row,codes` (the exports
// are not ours to republish).
// - default: the held-out reference sample (test/data/occupation-sample.csv), seed 20261202.
// - `--dev`: the development sample the coder is tuned on (test/data/occupation-dev-sample.csv),
//   seed 7, 150 LinkedIn rows and 100 rows from the French boards; nothing excluded.
// Run: npx tsx scripts/draw-occupation-sample.ts [--dev] > /tmp/sample-titles.csv
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { seededRandom } from './fake-postings.js';

const DATA = path.resolve(import.meta.dirname, '../../shared/data/postings');

interface Draw {
  file: string;
  column: string;
  rows: number;
}

const REFERENCE: { seed: number; draws: Draw[] } = {
  seed: 20261202,
  draws: [
    { file: 'en-linkedin-2023-postings.csv', column: 'title', rows: 200 },
    { file: 'fr-hellowork-tech.csv', column: 'Job Title', rows: 50 },
    { file: 'fr-freework-it.csv', column: 'title', rows: 50 },
    { file: 'fr-wttj-titles.csv', column: 'name', rows: 50 },
  ],
};

const DEVELOPMENT: { seed: number; draws: Draw[] } = {
  seed: 7,
  draws: [
    { file: 'en-linkedin-2023-postings.csv', column: 'title', rows: 150 },
    { file: 'fr-hellowork-tech.csv', column: 'Job Title', rows: 34 },
    { file: 'fr-freework-it.csv', column: 'title', rows: 33 },
    { file: 'fr-wttj-titles.csv', column: 'name', rows: 33 },
  ],
};

const { seed, draws } = process.argv.includes('--dev') ? DEVELOPMENT : REFERENCE;
const random = seededRandom(seed);
const out = ['file,row,title'];
for (const draw of draws) {
  const records = parse(readFileSync(path.join(DATA, draw.file)), { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  // Partial Fisher-Yates over record indexes: distinct rows, reproducible for a seed.
  const indexes = records.map((_, index) => index);
  for (let i = 0; i < draw.rows; i++) {
    const j = i + Math.floor(random() * (indexes.length - i));
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }
  for (const index of indexes.slice(0, draw.rows).sort((a, b) => a - b)) {
    const title = (records[index]?.[draw.column] ?? '').replace(/\s+/g, ' ').trim();
    // Row numbers are 1-based data records (the header is not a row).
    out.push([draw.file, index + 1, `"${title.replaceAll('"', '""')}"`].join(','));
  }
}
console.log(out.join('\n'));
