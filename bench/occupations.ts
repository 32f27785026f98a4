// Benchmark of the occupation coder (the built dist/occupations) on the distinct titles of the
// real exports (../shared/data/postings: LinkedIn for O*NET, the French boards for ROME). The
// headline is the FIRST pass in a fresh process: what a user's rank-jobs run pays, since it
// codes each distinct title once, before V8 has optimised the coder. Each run is a new Node
// process that imports the module, loads the taxonomy (timed apart), codes every title once
// (first pass), then again with a new coder (warm pass). References measured in this process:
// the same titles through normalizeTitle alone (what rank-jobs does to every title already),
// and through a Map lookup.
// With --against <dir>, the dist/ of another build (main's, say) runs in turn with this one,
// run by run, and both are printed: what changed, on a machine whose load moves.
// Run: npm run build && npx tsx bench/occupations.ts [--runs 7] [--against /tmp/before/dist]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { ROOT } from './measure.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, against: { type: 'string' } } });
const RUNS = Number(values.runs);
const DIST = path.join(ROOT, 'dist');
const CACHE = path.join(ROOT, 'bench/.cache');
const POSTINGS = path.resolve(ROOT, '../shared/data/postings');
const EXPORTS = {
  onet: [['en-linkedin-2023-postings.csv', 'title']],
  rome: [
    ['fr-hellowork-tech.csv', 'Job Title'],
    ['fr-freework-it.csv', 'title'],
    ['fr-wttj-titles.csv', 'name'],
  ],
} as const;

type NormalizeModule = { normalizeTitle(title: string): string };
interface Run {
  load: number;
  first: number;
  /** CPU time of the first pass: the main thread's (Linux only, else NaN) and all threads' (V8 compiles on others). */
  firstMainCpu: number;
  firstCpu: number;
  warm: number;
  coded: number;
}

/** One fresh Node process: module import, taxonomy load, first pass, warm pass (milliseconds). */
function freshRun(taxonomy: string, careersFile: string, dist: string): Run {
  const script = `
    import { existsSync, readFileSync } from 'node:fs';
    const mainCpu = () => existsSync('/proc/thread-self/schedstat') ? Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6 : NaN;
    const cpu = () => { const usage = process.cpuUsage(); return (usage.user + usage.system) / 1000; };
    const careers = JSON.parse(readFileSync(${JSON.stringify(careersFile)}, 'utf8'));
    const { createCoder } = await import(${JSON.stringify(pathToFileURL(path.join(dist, 'occupations/index.js')).href)});
    let start = performance.now();
    const coder = await createCoder({ taxonomy: ${JSON.stringify(taxonomy)} });
    const load = performance.now() - start;
    start = performance.now();
    const [main0, cpu0] = [mainCpu(), cpu()];
    let coded = 0;
    for (const career of careers) if (coder.code(career).code !== null) coded++;
    const first = performance.now() - start;
    const [firstMainCpu, firstCpu] = [mainCpu() - main0, cpu() - cpu0];
    const again = await createCoder({ taxonomy: ${JSON.stringify(taxonomy)} });
    start = performance.now();
    for (const career of careers) again.code(career);
    const warm = performance.now() - start;
    console.log(JSON.stringify({ load, first, firstMainCpu, firstCpu, warm, coded }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as Run;
}

function distinctTitles(taxonomy: keyof typeof EXPORTS): string[] {
  const titles = new Set<string>();
  for (const [file, column] of EXPORTS[taxonomy]) {
    const records = parse(readFileSync(path.join(POSTINGS, file)), { columns: true, bom: true, skip_empty_lines: true }) as Record<
      string,
      string
    >[];
    for (const record of records) titles.add(record[column] ?? '');
  }
  return [...titles];
}

/** Medians of the first pass's CPU time: the main thread's and all threads'. */
function cpuOf(runs: readonly Run[]): string {
  return `${median(runs.map((run) => run.firstMainCpu))
    .toFixed(0)
    .padStart(6)} ms main thread, ${median(runs.map((run) => run.firstCpu)).toFixed(0)} ms all threads`;
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, 'occupations/index.js'))) throw new Error('Run "npm run build" first: the benchmark measures dist/.');
  if (!existsSync(POSTINGS)) throw new Error(`The real exports are needed in ${POSTINGS}.`);
  const { normalizeTitle } = (await import(pathToFileURL(path.join(DIST, 'demand/normalize-title.js')).href)) as NormalizeModule;
  mkdirSync(CACHE, { recursive: true });

  console.log(
    `Occupation coder, distinct titles of the real exports, ${RUNS} fresh processes each (median; min in brackets); load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
  for (const taxonomy of ['onet', 'rome'] as const) {
    const titles = distinctTitles(taxonomy);
    // Careers as rank-jobs gives them to the coder (normalizeTitle), one per distinct title.
    const careers = titles.map(normalizeTitle);
    const careersFile = path.join(CACHE, `occupation-careers-${taxonomy}.json`);
    writeFileSync(careersFile, JSON.stringify(careers));
    const runs: Run[] = [];
    const against: Run[] = [];
    for (let run = 0; run < RUNS; run++) {
      // In turn, each build first every other run.
      if (values.against && run % 2 === 1) against.push(freshRun(taxonomy, careersFile, values.against));
      runs.push(freshRun(taxonomy, careersFile, DIST));
      if (values.against && run % 2 === 0) against.push(freshRun(taxonomy, careersFile, values.against));
    }
    const perSecond = (ms: number) => Math.round((titles.length / ms) * 1000);
    const first = runs.map((run) => run.first);
    const warm = runs.map((run) => run.warm);
    const load = runs.map((run) => run.load);
    const normalizing: number[] = [];
    const lookups: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      let start = performance.now();
      let length = 0;
      for (const title of titles) length += normalizeTitle(title).length;
      normalizing.push(performance.now() - start);
      if (length < 0) console.log(length);
      const map = new Map<string, number>();
      start = performance.now();
      for (const career of careers) map.set(career, (map.get(career) ?? 0) + 1);
      lookups.push(performance.now() - start);
    }
    const row = (name: string, times: number[], note: string) =>
      `    ${name.padEnd(15)} ${median(times).toFixed(0).padStart(6)} ms  ${String(perSecond(median(times))).padStart(7)} titles/s  (${String(perSecond(Math.min(...times))).padStart(6)})   ${note}`;
    console.log(
      `\n  ${taxonomy}: ${titles.length} distinct titles (${new Set(careers).size} careers), ${((100 * runs[0]!.coded) / titles.length).toFixed(1)}% coded`,
    );
    console.log(`    taxonomy load   ${median(load).toFixed(0).padStart(6)} ms  (min ${Math.min(...load).toFixed(0)} ms; budget 100 ms)`);
    console.log(row('first pass', first, 'goal >= 20,000 titles/s: what a rank-jobs run pays'));
    console.log(`    first pass CPU ${cpuOf(runs)}`);
    console.log(row('warm pass', warm, 'same process, new coder, V8 has optimised the code'));
    console.log(row('normalizeTitle', normalizing, `first pass / normalizeTitle ${(median(first) / median(normalizing)).toFixed(1)}`));
    if (values.against) {
      console.log(`    against ${values.against}, run in turn:`);
      console.log(
        `    first pass     ${median(against.map((run) => run.first))
          .toFixed(0)
          .padStart(6)} ms  (this build ${median(first).toFixed(0)} ms)`,
      );
      console.log(`    first pass CPU ${cpuOf(against)}`);
      console.log(
        `    warm pass      ${median(against.map((run) => run.warm))
          .toFixed(0)
          .padStart(6)} ms  (this build ${median(warm).toFixed(0)} ms)`,
      );
    }
    console.log(
      `    Map lookup      ${median(lookups).toFixed(1).padStart(6)} ms  ${String(perSecond(median(lookups))).padStart(7)} titles/s            first pass / Map ${(median(first) / median(lookups)).toFixed(0)}`,
    );
  }
}

await main();
