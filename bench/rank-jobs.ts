// Benchmark: rank-jobs (the built CLI, as a child process) against DuckDB grouping the same
// postings by title, on a generated export (1,000,000 postings, about 1 GB, cached in
// bench/.cache/) or on a real one (--file). rank-jobs runs twice per round: by title
// (--taxonomy none, checked against DuckDB career by career) and by occupation (the
// default, --taxonomy auto). Rounds alternate the three; medians are printed with the ratios.
// Run `npm run build` first.
//   npx tsx bench/rank-jobs.ts [--rows 1000000] [--threads 2] [--flat] [--runs 3]
//   npx tsx bench/rank-jobs.ts --distinct-titles   # every title distinct: 1,000,000 careers of one posting, ~180 MB
//   npx tsx bench/rank-jobs.ts --cli ../main/bin/curriculum.js   # another build (built), to compare before and after
//   npx tsx bench/rank-jobs.ts --file ../shared/data/postings/en-linkedin-2023-postings.csv --company-column company_id
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import type { DuckDbResult } from './duckdb-aggregate.js';
import { generateExport } from './generate-export.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    threads: { type: 'string', default: '2' },
    flat: { type: 'boolean', default: false },
    'distinct-titles': { type: 'boolean', default: false },
    /** Leave out the run by occupation (coding a million distinct titles is the coder's benchmark, not this one). */
    'by-title-only': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    /** Careers printed (and checked against DuckDB); all of them unless given, 20 with --distinct-titles. */
    top: { type: 'string' },
    /** Another build's bin/curriculum.js (main's, say), to measure before and after a change. */
    cli: { type: 'string', default: 'bin/curriculum.js' },
    file: { type: 'string' },
    'title-column': { type: 'string', default: 'title' },
    'company-column': { type: 'string', default: 'company' },
    'skills-column': { type: 'string' },
  },
});
const rows = Number(values.rows);
const cache = path.join(root, 'bench/.cache');
/** `--flat`: descriptions without newlines, so DuckDB may read the file in parallel. */
const distinct = values['distinct-titles']!;
const file = values.file
  ? path.resolve(values.file)
  : path.join(cache, `postings-${values.flat ? 'flat-' : ''}${distinct ? 'distinct-' : ''}${rows}.csv`);
const byOccupationToo = !values['by-title-only'] && !distinct;
const top = Number(values.top ?? (distinct ? 20 : 0));
const columns = values.file
  ? {
      title: values['title-column']!,
      company: values['company-column']!,
      ...(values['skills-column'] ? { skills: values['skills-column'] } : {}),
    }
  : { title: 'title', company: 'company', skills: 'skills' };
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
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const rss = /max-rss-kib (\d+)/.exec(err);
      if (code !== 0 || !rss) return reject(new Error(`${args.join(' ')} exited with ${code}: ${err}`));
      resolve({ stdout: Buffer.concat(out).toString(), seconds, rssMb: Number(rss[1]) / 1024 });
    });
  });
}

if (!existsSync(path.join(path.dirname(path.resolve(root, values.cli!)), '../dist/cli/main.js')))
  throw new Error('Run `npm run build` first.');
mkdirSync(cache, { recursive: true });
if (!existsSync(file)) {
  if (values.file) throw new Error(`No such file: ${file}`);
  const start = performance.now();
  const bytes = generateExport(file, rows, { newlines: !values.flat, distinctTitles: distinct });
  console.log(
    `Generated ${file} (${rows} postings, ${(bytes / 1e6).toFixed(0)} MB) in ${((performance.now() - start) / 1000).toFixed(1)} s.`,
  );
}
const mb = statSync(file).size / 1e6;

interface Career {
  title: string;
  postings: number;
  companies: number | null;
  skills: { skill: string; postings: number }[];
}
interface Ranking {
  postings: number;
  skipped: number;
  careers: Career[];
}

const rankJobs = (taxonomy: string[]) => {
  const columnArgs = values.file ? ['--title-column', columns.title, '--company-column', columns.company] : [];
  return measure([
    path.resolve(root, values.cli!),
    'rank-jobs',
    file,
    ...columnArgs,
    ...taxonomy,
    '--format',
    'json',
    '--top',
    String(top || 1_000_000),
    '--top-skills',
    '1000000',
  ]);
};
// DuckDB runs from plain JavaScript, so its wall time holds no TypeScript compilation.
const duckScript = path.join(cache, 'duckdb-aggregate.mjs');
const duckSource = readFileSync(path.join(root, 'bench/duckdb-aggregate.ts'), 'utf8');
const transpiled = ts.transpileModule(duckSource, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
// The child resolves @duckdb/node-api from bench/node_modules: it runs from bench/.cache.
writeFileSync(duckScript, transpiled.outputText);
const duckArgs = [
  duckScript,
  file,
  values.threads!,
  String(values.flat),
  columns.title,
  columns.company,
  columns.skills ?? '',
  String(top),
];

const timings = {
  byTitle: [] as Measured[],
  byOccupation: [] as Measured[],
  duck: [] as { seconds: number; wall: number; rssMb: number }[],
};
let last: { byTitle: Ranking; byOccupation: (Ranking & { coded: number | null }) | undefined; duckdb: DuckDbResult } | undefined;
for (let run = 0; run < Number(values.runs); run++) {
  const byTitle = await rankJobs(['--taxonomy', 'none']);
  const duck = await measure(duckArgs);
  const byOccupation = byOccupationToo ? await rankJobs([]) : undefined;
  const duckdb = JSON.parse(duck.stdout) as DuckDbResult;
  timings.byTitle.push(byTitle);
  if (byOccupation) timings.byOccupation.push(byOccupation);
  timings.duck.push({ seconds: duckdb.seconds, wall: duck.seconds, rssMb: duck.rssMb });
  last = { byTitle: JSON.parse(byTitle.stdout), byOccupation: byOccupation && JSON.parse(byOccupation.stdout), duckdb };
}

const { byTitle: ranking, byOccupation, duckdb } = last!;
const mismatches: string[] = [];
for (const career of ranking.careers) {
  const other = duckdb.careers[career.title];
  if (!other) mismatches.push(`"${career.title}" is missing from DuckDB`);
  else if (other.postings !== career.postings || (career.companies !== null && other.companies !== career.companies)) {
    mismatches.push(
      `"${career.title}": ${career.postings}/${career.companies} postings/companies vs DuckDB ${other.postings}/${other.companies}`,
    );
  } else if (columns.skills !== undefined) {
    const skills = Object.fromEntries(career.skills.map((s) => [s.skill, s.postings]));
    if (JSON.stringify(Object.entries(skills).sort()) !== JSON.stringify(Object.entries(other.skills).sort()))
      mismatches.push(`"${career.title}": skill counts differ`);
  }
}
const duckCareers = Object.keys(duckdb.careers).length;
if (duckCareers !== ranking.careers.length) mismatches.push(`${ranking.careers.length} careers shown vs DuckDB ${duckCareers}`);
const duckPostings = Object.values(duckdb.careers).reduce((sum, career) => sum + career.postings, 0);
if (!top && duckPostings !== ranking.postings) mismatches.push(`${ranking.postings} postings vs DuckDB ${duckPostings}`);
const occupationPostings = byOccupation?.careers.reduce((sum, career) => sum + career.postings, 0);
if (occupationPostings !== undefined && occupationPostings !== ranking.postings)
  mismatches.push(`occupations hold ${occupationPostings} postings, titles ${ranking.postings}`);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const title = median(timings.byTitle.map((m) => m.seconds));
const occupation = byOccupationToo ? median(timings.byOccupation.map((m) => m.seconds)) : Number.NaN;
const duckSeconds = median(timings.duck.map((m) => m.seconds));
// The reference is DuckDB's whole run, as a user runs a command: start-up and extension
// loading included, like rank-jobs' (its in-process time alone is printed too).
const duckWall = median(timings.duck.map((m) => m.wall));
const duckRss = Math.max(...timings.duck.map((m) => m.rssMb));
const line = (name: string, seconds: number, rssMb: number) =>
  `${name.padEnd(44)} ${seconds.toFixed(2).padStart(7)} s ${(mb / seconds).toFixed(0).padStart(6)} MB/s ${rssMb.toFixed(0).padStart(6)} MB peak RSS`;
const occupations = byOccupation
  ? `${byOccupation.careers.length} occupations and uncoded titles (${((byOccupation.coded ?? 0) * 100).toFixed(1)}% coded), `
  : '';
console.log(
  `\n${path.relative(root, file)}: ${ranking.postings} postings, ${mb.toFixed(0)} MB, ${duckdb.careerCount} titles${top ? ` (top ${top} shown)` : ''}, ` +
    `${occupations}${ranking.skipped} skipped; median of ${values.runs} alternating runs; load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
);
const threads = `${values.threads} threads${values.flat ? ', parallel' : ''}`;
console.log(line('rank-jobs by title (--taxonomy none)', title, Math.max(...timings.byTitle.map((m) => m.rssMb))));
if (byOccupationToo)
  console.log(line('rank-jobs by occupation (default)', occupation, Math.max(...timings.byOccupation.map((m) => m.rssMb))));
console.log(line(`DuckDB by title, ${threads} (child process)`, duckWall, duckRss));
console.log(line(`DuckDB by title, ${threads} (in-process only)`, duckSeconds, duckRss));
console.log(
  byOccupationToo
    ? `ratio to DuckDB's child process: by title ${(title / duckWall).toFixed(2)}, by occupation ${(occupation / duckWall).toFixed(2)}` +
        ` (to its in-process time: ${(title / duckSeconds).toFixed(2)}, ${(occupation / duckSeconds).toFixed(2)})`
    : `ratio to DuckDB's child process: by title ${(title / duckWall).toFixed(2)} (to its in-process time: ${(title / duckSeconds).toFixed(2)})`,
);
if (mismatches.length && values.file) {
  // DuckDB's SQL mimics the title normalisation for ASCII only: real titles differ at the edges.
  console.log(
    `${mismatches.length} careers differ from DuckDB's approximate normalisation, e.g.:\n  ${mismatches.slice(0, 3).join('\n  ')}`,
  );
} else if (mismatches.length) {
  console.log(`MISMATCH (${mismatches.length}):\n  ${mismatches.slice(0, 10).join('\n  ')}`);
  process.exitCode = 1;
} else
  console.log(
    `By title, both agree on ${top ? `the ${duckCareers} careers shown` : 'every career'}: postings, distinct companies and skill counts${byOccupationToo ? '; occupations hold every posting' : ''}.`,
  );
