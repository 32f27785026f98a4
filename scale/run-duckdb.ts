// The scale pipeline (docs/scale.md) on DuckDB, from a checkout of curriculum: the SQL files
// of scale/ run through @duckdb/node-api (a devDependency: `npm ci` installs it), the coding
// through the curriculum binary. The test suite and bench/scale.ts call `runDuckDbPipeline`;
// from a shell:
//
//   npx tsx scale/run-duckdb.ts --shards 'lake/*.parquet' --work work/ [--taxonomy rome]
//
// writes work/titles.csv, work/codes.csv and work/counts.parquet, then prints the command
// that ranks the count table.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';

const SCALE = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.join(SCALE, '../bin/curriculum.js');

/** The text of SQL files of scale/, `${name}` replaced by its value as a SQL string's content. */
export function sqlOf(files: readonly string[], values: Readonly<Record<string, string>>): string {
  return files
    .map((file) => readFileSync(path.join(SCALE, file), 'utf8'))
    .join('\n')
    .replace(/\$\{(\w+)\}/g, (placeholder, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`No value for ${placeholder} in ${files.join(', ')}.`);
      return value.replaceAll("'", "''");
    });
}

/** Runs SQL text (several statements) in a fresh in-memory DuckDB. */
export async function runDuckDb(sql: string, threads = 2): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await instance.connect();
  try {
    await connection.run(sql);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export interface PipelineOptions {
  /** A Parquet path or glob: the raw shards. */
  shards: string;
  /** Folder for titles.csv, codes.csv and counts.parquet. */
  work: string;
  /** The `occupations` options that choose the coder (`--taxonomy`, `--level`, `--occupation-map`); rank-jobs must get the same. */
  coding?: readonly string[];
  threads?: number;
}

export interface PipelineFiles {
  titles: string;
  codes: string;
  counts: string;
  /** Milliseconds spent in each step. */
  times: { titles: number; coding: number; counts: number };
}

/** Distinct titles (DuckDB), their codes (curriculum, one machine), the count table (DuckDB). */
export async function runDuckDbPipeline(options: PipelineOptions): Promise<PipelineFiles> {
  mkdirSync(options.work, { recursive: true });
  const titles = path.join(options.work, 'titles.csv');
  const codes = path.join(options.work, 'codes.csv');
  const counts = path.join(options.work, 'counts.parquet');
  const values = { shards: options.shards, titles, codes, counts };
  let started = performance.now();
  await runDuckDb(sqlOf(['duckdb/postings.sql', 'titles.sql', 'duckdb/write-titles.sql'], values), options.threads);
  const titlesTime = performance.now() - started;
  started = performance.now();
  await promisify(execFile)(
    process.execPath,
    [BIN, 'occupations', '--from', titles, '--title-column', 'title', '--format', 'csv', '--csv-raw', '--out', codes, '--force', ...(options.coding ?? [])],
    { maxBuffer: 1 << 26 },
  );
  const codingTime = performance.now() - started;
  started = performance.now();
  await runDuckDb(
    sqlOf(['duckdb/postings.sql', 'duckdb/codes.sql', 'count-table.sql', 'duckdb/write-count-table.sql'], values),
    options.threads,
  );
  return { titles, codes, counts, times: { titles: titlesTime, coding: codingTime, counts: performance.now() - started } };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { shards: { type: 'string' }, work: { type: 'string' }, taxonomy: { type: 'string' }, level: { type: 'string' } },
  });
  if (values.shards === undefined || values.work === undefined) {
    process.stderr.write("Usage: npx tsx scale/run-duckdb.ts --shards 'lake/*.parquet' --work work/ [--taxonomy rome] [--level rome]\n");
    process.exit(2);
  }
  const coding = [
    ...(values.taxonomy === undefined ? [] : ['--taxonomy', values.taxonomy]),
    ...(values.level === undefined ? [] : ['--level', values.level]),
  ];
  const files = await runDuckDbPipeline({ shards: values.shards, work: values.work, coding });
  process.stdout.write(
    `Wrote ${files.titles}, ${files.codes} and ${files.counts}. Rank the occupations with:\n` +
      `  curriculum rank-jobs ${files.counts} --count-column postings --count-table ${coding.join(' ')}\n`,
  );
}
