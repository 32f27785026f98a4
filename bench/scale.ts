// The scale pipeline (docs/scale.md) against the direct path, on a generated sharded export:
// `rank-jobs` on the whole CSV export vs DuckDB (distinct titles) + `curriculum occupations` +
// DuckDB (count table) + `rank-jobs --count-table`, and `rank-jobs` on the Parquet shards
// themselves. Checks that the rankings agree, prints each step's time, per GB of CSV.
//
//   npx tsx bench/scale.ts [--gb 1] [--shards 16] [--threads 2]
//
// --gb sizes the export (about 1,000,000 postings a GB of CSV, descriptions included; the
// issue's target is 10). Inputs are cached in bench/.cache/scale-<gb>gb/.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { runDuckDb, runDuckDbPipeline } from '../scale/run-duckdb.js';
import { generateExport } from './generate-export.js';
import { measureCli, ROOT } from './measure.js';

const { values } = parseArgs({
  options: {
    gb: { type: 'string', default: '1' },
    shards: { type: 'string', default: '16' },
    threads: { type: 'string', default: '2' },
  },
});
const gb = Number(values.gb);
const shardCount = Number(values.shards);
const threads = Number(values.threads);
const cache = path.join(ROOT, 'bench/.cache', `scale-${gb}gb`);
const csv = path.join(cache, 'postings.csv');
const lake = path.join(cache, 'lake');
const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const mb = (bytes: number) => bytes / 1024 ** 2;
const sizeOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);

mkdirSync(cache, { recursive: true });
if (!existsSync(csv)) {
  process.stdout.write(`Generating ${gb} GB of postings...\n`);
  generateExport(csv, Math.round(gb * 1_000_000), { newlines: false });
}
if (!existsSync(path.join(lake, `part-${shardCount - 1}.parquet`))) {
  process.stdout.write(`Writing ${shardCount} Parquet shards...\n`);
  rmSync(lake, { recursive: true, force: true });
  mkdirSync(lake, { recursive: true });
  // As a data lake keeps postings: skills a LIST<VARCHAR>, dates as timestamps, zstd.
  await runDuckDb(
    `CREATE TABLE postings AS SELECT job_id, title, company, location, CAST(date_posted AS TIMESTAMP) AS date_posted,
       CAST(NULL AS DATE) AS date_closed, string_split(skills, ';') AS skills, description
     FROM read_csv(${quote(csv)}, all_varchar = false, parallel = true);
     ${Array.from(
       { length: shardCount },
       (_, shard) =>
         `COPY (SELECT * FROM postings WHERE job_id % ${shardCount} = ${shard}) TO ${quote(path.join(lake, `part-${shard}.parquet`))} (FORMAT parquet, COMPRESSION zstd);`,
     ).join('\n')}`,
    threads,
  );
}
const shards = readdirSync(lake)
  .filter((name) => name.endsWith('.parquet'))
  .map((name) => path.join(lake, name));
const csvBytes = statSync(csv).size;
const csvGb = csvBytes / 1024 ** 3;
const RANK = ['--format', 'json', '--top', '1000', '--top-skills', '1000', '--taxonomy', 'onet'];

const direct = await measureCli(['rank-jobs', csv, ...RANK]);
const directParquet = await measureCli(['rank-jobs', ...shards, ...RANK]);
const work = path.join(cache, 'work');
const pipeline = await runDuckDbPipeline({ shards: path.join(lake, '*.parquet'), work, coding: ['--taxonomy', 'onet'], threads });
const counted = await measureCli(['rank-jobs', pipeline.counts, '--count-column', 'postings', '--count-table', ...RANK]);
for (const run of [direct, directParquet, counted]) if (run.code !== 0) throw new Error(`rank-jobs failed (exit ${run.code})`);

/** The ranking without what a count table cannot know (docs/scale.md). */
const comparable = (stdout: string) => {
  const { careers, postings, coded } = JSON.parse(stdout) as { careers: { variants?: unknown }[]; postings: number; coded: number };
  return JSON.stringify({ postings, coded, careers: careers.map(({ variants: _variants, ...career }) => career) });
};
const agree = comparable(direct.stdout) === comparable(counted.stdout) && comparable(direct.stdout) === comparable(directParquet.stdout);

const titles = pipeline.titles;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const countOf = async (sql: string) => (await connection.runAndReadAll(sql)).getRows()[0]![0] as bigint;
const distinctTitles = await countOf(`SELECT count(*) FROM read_csv(${quote(titles)})`);
const tableRows = await countOf(`SELECT count(*) FROM read_parquet(${quote(pipeline.counts)})`);
connection.closeSync();
instance.closeSync();

const seconds = (ms: number) => ms / 1000;
const pipelineSeconds = seconds(pipeline.times.titles) + seconds(pipeline.times.coding) + seconds(pipeline.times.counts) + counted.seconds;
const row = (label: string, s: number, note = '') =>
  `${label.padEnd(44)}${s.toFixed(2).padStart(8)} s${(s / csvGb).toFixed(2).padStart(9)} s/GB  ${note}\n`;
process.stdout.write(
  `Scale pipeline, ${JSON.parse(direct.stdout).postings} postings: CSV ${mb(csvBytes).toFixed(0)} MB, ` +
    `${shards.length} Parquet shards ${mb(sizeOf(shards)).toFixed(0)} MB; DuckDB ${threads} threads\n\n` +
    row('direct: rank-jobs on the CSV export', direct.seconds, `${direct.peakRssMb.toFixed(0)} MB peak RSS`) +
    row('direct: rank-jobs on the Parquet shards', directParquet.seconds, `${directParquet.peakRssMb.toFixed(0)} MB peak RSS`) +
    row('pipeline 1: DuckDB distinct titles', seconds(pipeline.times.titles), `${distinctTitles} titles`) +
    row('pipeline 2: curriculum occupations', seconds(pipeline.times.coding), 'one machine, distinct titles only') +
    row(
      'pipeline 3: DuckDB count table',
      seconds(pipeline.times.counts),
      `${tableRows} rows, ${mb(statSync(pipeline.counts).size).toFixed(1)} MB`,
    ) +
    row('pipeline 4: rank-jobs --count-table', counted.seconds, `${counted.peakRssMb.toFixed(0)} MB peak RSS`) +
    row('pipeline, all steps', pipelineSeconds, `ratio to direct CSV ${(pipelineSeconds / direct.seconds).toFixed(2)}`) +
    `\nRankings agree (all careers and skills, variants aside): ${agree ? 'yes' : 'NO'}\n`,
);
if (!agree) process.exitCode = 1;
