// Benchmark: rank-jobs (the built CLI, as a child process) against DuckDB on a generated
// export (1,000,000 postings, about 1 GB, cached in bench/.cache/). Checks both agree on
// every career's postings, distinct companies and skill counts, then prints wall time,
// MB/s and peak RSS of each. Run `npm run build` first.
//   npx tsx bench/rank-jobs.ts [--rows 1000000] [--threads 2] [--flat]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { DuckDbResult } from './duckdb-aggregate.js';
import { generateExport } from './generate-export.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    threads: { type: 'string', default: '2' },
    flat: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const cache = path.join(root, 'bench/.cache');
/** `--flat`: descriptions without newlines, so DuckDB may read the file in parallel. */
const file = path.join(cache, `postings-${values.flat ? 'flat-' : ''}${rows}.csv`);
/** Preloaded into each child: reports its peak RSS (KiB on Linux) on stderr as it exits. */
const REPORT_RSS =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmax-rss-kib "+process.resourceUsage().maxRSS+"\\n"))';

interface Measured {
  stdout: string;
  seconds: number;
  rssMb: number;
}

function measure(args: string[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', REPORT_RSS, ...args], { cwd: root });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const rss = /max-rss-kib (\d+)/.exec(err);
      if (code !== 0 || !rss) return reject(new Error(`${args.join(' ')} exited with ${code}: ${err}`));
      resolve({ stdout: Buffer.concat(out).toString(), seconds, rssMb: Number(rss[1]) / 1024 });
    });
  });
}

if (!existsSync(path.join(root, 'dist/cli/main.js'))) throw new Error('Run `npm run build` first.');
mkdirSync(cache, { recursive: true });
if (!existsSync(file)) {
  const start = performance.now();
  const bytes = generateExport(file, rows, !values.flat);
  console.log(
    `Generated ${file} (${rows} postings, ${(bytes / 1e6).toFixed(0)} MB) in ${((performance.now() - start) / 1000).toFixed(1)} s.`,
  );
}
const mb = statSync(file).size / 1e6;

const cli = await measure(['bin/curriculum.js', 'rank-jobs', file, '--format', 'json', '--top', '1000000', '--top-skills', '1000000']);
const duck = await measure(['--import', 'tsx', 'bench/duckdb-aggregate.ts', file, values.threads!, String(values.flat)]);
const duckdb = JSON.parse(duck.stdout) as DuckDbResult;

interface Career {
  title: string;
  postings: number;
  companies: number;
  skills: { skill: string; postings: number }[];
}
const ranking = JSON.parse(cli.stdout) as { postings: number; skipped: number; careers: Career[] };
const mismatches: string[] = [];
for (const career of ranking.careers) {
  const other = duckdb.careers[career.title];
  if (!other) mismatches.push(`"${career.title}" is missing from DuckDB`);
  else if (other.postings !== career.postings || other.companies !== career.companies) {
    mismatches.push(
      `"${career.title}": ${career.postings}/${career.companies} postings/companies vs DuckDB ${other.postings}/${other.companies}`,
    );
  } else {
    const skills = Object.fromEntries(career.skills.map((s) => [s.skill, s.postings]));
    if (JSON.stringify(Object.entries(skills).sort()) !== JSON.stringify(Object.entries(other.skills).sort()))
      mismatches.push(`"${career.title}": skill counts differ`);
  }
}
const duckCareers = Object.keys(duckdb.careers).length;
if (duckCareers !== ranking.careers.length) mismatches.push(`${ranking.careers.length} careers vs DuckDB ${duckCareers}`);

const line = (name: string, seconds: number, rssMb: number) =>
  `${name.padEnd(38)} ${seconds.toFixed(2).padStart(7)} s ${(mb / seconds).toFixed(0).padStart(6)} MB/s ${rssMb.toFixed(0).padStart(6)} MB peak RSS`;
console.log(
  `\n${path.relative(root, file)}: ${rows} postings, ${mb.toFixed(0)} MB, ${ranking.careers.length} careers, ${ranking.skipped} skipped`,
);
console.log(line('rank-jobs (child process)', cli.seconds, cli.rssMb));
console.log(line(`DuckDB ${values.threads} threads${values.flat ? ', parallel' : ''} (in-process)`, duckdb.seconds, duck.rssMb));
console.log(
  `ratio rank-jobs / DuckDB: ${(cli.seconds / duckdb.seconds).toFixed(2)} (goal <= 1.0); DuckDB child wall time incl. start-up: ${duck.seconds.toFixed(2)} s`,
);
if (mismatches.length) {
  console.log(`MISMATCH (${mismatches.length}):\n  ${mismatches.slice(0, 10).join('\n  ')}`);
  process.exitCode = 1;
} else console.log("Both agree on every career's postings, distinct companies and skill counts.");
