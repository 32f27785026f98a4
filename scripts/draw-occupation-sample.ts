// Draws the rows of the occupation-coding reference sample (test/data/occupation-sample.csv):
// postings, not distinct titles, chosen at random with a fixed seed from the real exports in
// ../shared/data. Prints `file,row,title` for the person labelling them; the committed sample
// keeps only `file,row,codes` (the exports are not ours to republish).
// Run: npx tsx scripts/draw-occupation-sample.ts > /tmp/sample-titles.csv
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { seededRandom } from './fake-postings.js';

const DATA = path.resolve(import.meta.dirname, '../../shared/data/postings');
const SEED = 20261202;

/** How many rows each export gives, and the column holding its titles. */
const DRAWS = [
  { file: 'en-linkedin-2023-postings.csv', column: 'title', rows: 200 },
  { file: 'fr-hellowork-tech.csv', column: 'Job Title', rows: 50 },
  { file: 'fr-freework-it.csv', column: 'title', rows: 50 },
  { file: 'fr-wttj-titles.csv', column: 'name', rows: 50 },
];

const random = seededRandom(SEED);
const out = ['file,row,title'];
for (const draw of DRAWS) {
  const records = parse(readFileSync(path.join(DATA, draw.file)), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
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
