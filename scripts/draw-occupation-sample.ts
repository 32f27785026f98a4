// Draws the rows of an occupation-coding sample: postings, not distinct titles, chosen at
// random with a fixed seed from the real exports in ../shared/data. Prints `file,row,title`
// for the person labelling them; a committed sample keeps only `file,row,codes` (the exports
// are not ours to republish).
// - default: the held-out reference sample (test/data/occupation-sample.csv), seed 20261202.
// - `--dev`: the first development sample (test/data/occupation-dev-sample.csv), seed 7, 150
//   LinkedIn rows and 100 rows from the French boards; nothing excluded.
// - `--dev2`: the second development sample (test/data/occupation-dev-sample-2.csv), seed 8,
//   250 LinkedIn rows and 100 from the French boards, never a row of the first development
//   sample nor of a file given with `--exclude` (the held-out rows: `file,row` only).
// - `--dev3`: the third development sample (test/data/occupation-dev-sample-3.csv), seed 9,
//   250 LinkedIn rows, never a row of the first two development samples nor of `--exclude`.
// - `--dev4`: the fourth development sample (test/data/occupation-dev-sample-4.csv), seed 10,
//   250 LinkedIn rows, never a row of the first three development samples nor of `--exclude`.
// - `--dev5`: the fifth development sample (test/data/occupation-dev-sample-5.csv), seed 11,
//   250 LinkedIn rows, never a row of the first four development samples nor of `--exclude`.
// Excluded rows are left out before drawing, so a draw never shows them.
// Run: npx tsx scripts/draw-occupation-sample.ts [--dev | --dev2 | --dev3 | --dev4 | --dev5] [--exclude rows.csv]... > /tmp/sample-titles.csv
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { seededRandom } from './fake-postings.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DATA = path.resolve(ROOT, '../shared/data/postings');

interface Draw {
  file: string;
  column: string;
  rows: number;
}
interface Plan {
  seed: number;
  draws: Draw[];
  exclude: string[];
}

const REFERENCE: Plan = {
  seed: 20261202,
  draws: [
    { file: 'en-linkedin-2023-postings.csv', column: 'title', rows: 200 },
    { file: 'fr-hellowork-tech.csv', column: 'Job Title', rows: 50 },
    { file: 'fr-freework-it.csv', column: 'title', rows: 50 },
    { file: 'fr-wttj-titles.csv', column: 'name', rows: 50 },
  ],
  exclude: [],
};

const DEVELOPMENT: Plan = {
  seed: 7,
  draws: [
    { file: 'en-linkedin-2023-postings.csv', column: 'title', rows: 150 },
    { file: 'fr-hellowork-tech.csv', column: 'Job Title', rows: 34 },
    { file: 'fr-freework-it.csv', column: 'title', rows: 33 },
    { file: 'fr-wttj-titles.csv', column: 'name', rows: 33 },
  ],
  exclude: [],
};

const DEVELOPMENT_2: Plan = {
  seed: 8,
  draws: [
    { file: 'en-linkedin-2023-postings.csv', column: 'title', rows: 250 },
    { file: 'fr-hellowork-tech.csv', column: 'Job Title', rows: 34 },
    { file: 'fr-freework-it.csv', column: 'title', rows: 33 },
    { file: 'fr-wttj-titles.csv', column: 'name', rows: 33 },
  ],
  exclude: [path.join(ROOT, 'test/data/occupation-dev-sample.csv')],
};

const DEVELOPMENT_3: Plan = {
  seed: 9,
  draws: [{ file: 'en-linkedin-2023-postings.csv', column: 'title', rows: 250 }],
  exclude: [path.join(ROOT, 'test/data/occupation-dev-sample.csv'), path.join(ROOT, 'test/data/occupation-dev-sample-2.csv')],
};

const DEVELOPMENT_4: Plan = {
  seed: 10,
  draws: [{ file: 'en-linkedin-2023-postings.csv', column: 'title', rows: 250 }],
  exclude: [
    path.join(ROOT, 'test/data/occupation-dev-sample.csv'),
    path.join(ROOT, 'test/data/occupation-dev-sample-2.csv'),
    path.join(ROOT, 'test/data/occupation-dev-sample-3.csv'),
  ],
};

const DEVELOPMENT_5: Plan = {
  seed: 11,
  draws: [{ file: 'en-linkedin-2023-postings.csv', column: 'title', rows: 250 }],
  exclude: [...DEVELOPMENT_4.exclude, path.join(ROOT, 'test/data/occupation-dev-sample-4.csv')],
};

const { values } = parseArgs({
  options: {
    dev: { type: 'boolean' },
    dev2: { type: 'boolean' },
    dev3: { type: 'boolean' },
    dev4: { type: 'boolean' },
    dev5: { type: 'boolean' },
    exclude: { type: 'string', multiple: true },
  },
});
const plan = values.dev5
  ? DEVELOPMENT_5
  : values.dev4
    ? DEVELOPMENT_4
    : values.dev3
      ? DEVELOPMENT_3
      : values.dev2
        ? DEVELOPMENT_2
        : values.dev
          ? DEVELOPMENT
          : REFERENCE;
if ((values.dev2 || values.dev3 || values.dev4 || values.dev5) && !values.exclude?.length)
  throw new Error('--dev2 to --dev5 need --exclude with the held-out rows (file,row), so that they never draw them.');

/** `file,row` pairs of the samples to keep out ("#" lines are comments). */
function excludedRows(files: readonly string[]): Set<string> {
  const rows = new Set<string>();
  for (const file of files) {
    const records = parse(readFileSync(file), { columns: true, comment: '#', comment_no_infix: true, skip_empty_lines: true }) as Record<
      string,
      string
    >[];
    for (const { file: name = '', row = '' } of records) rows.add(`${name},${row}`);
  }
  return rows;
}

const excluded = excludedRows([...plan.exclude, ...(values.exclude ?? [])]);
const random = seededRandom(plan.seed);
const out = ['file,row,title'];
for (const draw of plan.draws) {
  const records = parse(readFileSync(path.join(DATA, draw.file)), { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  // Row numbers are 1-based data records (the header is not a row).
  const indexes = records.map((_, index) => index).filter((index) => !excluded.has(`${draw.file},${index + 1}`));
  // Partial Fisher-Yates over record indexes: distinct rows, reproducible for a seed.
  for (let i = 0; i < draw.rows; i++) {
    const j = i + Math.floor(random() * (indexes.length - i));
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }
  for (const index of indexes.slice(0, draw.rows).sort((a, b) => a - b)) {
    const title = (records[index]?.[draw.column] ?? '').replace(/\s+/g, ' ').trim();
    out.push([draw.file, index + 1, `"${title.replaceAll('"', '""')}"`].join(','));
  }
  console.error(`${draw.file}: ${draw.rows} of ${indexes.length} rows (${records.length - indexes.length} excluded)`);
}
console.log(out.join('\n'));
