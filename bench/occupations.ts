// Benchmark of the occupation coder (the built dist/occupations): load time of each taxonomy
// in a fresh process, and coding throughput on the distinct titles of the real exports
// (../shared/data/postings: LinkedIn for O*NET, the French boards for ROME), each title coded
// once by a new coder. References measured in the same run: the same titles through
// normalizeTitle alone (what rank-jobs does to every title already), and through a Map lookup.
// Run: npm run build && npx tsx bench/occupations.ts [--runs 7]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { ROOT } from './measure.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Number(values.runs);
const DIST = path.join(ROOT, 'dist');
const POSTINGS = path.resolve(ROOT, '../shared/data/postings');
const EXPORTS = {
  onet: [['en-linkedin-2023-postings.csv', 'title']],
  rome: [
    ['fr-hellowork-tech.csv', 'Job Title'],
    ['fr-freework-it.csv', 'title'],
    ['fr-wttj-titles.csv', 'name'],
  ],
} as const;

type Coder = { code(title: string): { code: string | null } };
type OccupationsModule = { createCoder(options: { taxonomy: 'onet' | 'rome' }): Promise<Coder> };
type NormalizeModule = { normalizeTitle(title: string): string };

/** Milliseconds to import the module and load a taxonomy, in a fresh Node process. */
function coldLoad(taxonomy: string): number {
  const script = `
    const start = performance.now();
    const { createCoder } = await import(${JSON.stringify(pathToFileURL(path.join(DIST, 'occupations/index.js')).href)});
    const imported = performance.now();
    await createCoder({ taxonomy: ${JSON.stringify(taxonomy)} });
    console.log(JSON.stringify({ load: performance.now() - imported }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })).load as number;
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

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, 'occupations/index.js'))) throw new Error('Run "npm run build" first: the benchmark measures dist/.');
  if (!existsSync(POSTINGS)) throw new Error(`The real exports are needed in ${POSTINGS}.`);
  const { createCoder } = (await import(pathToFileURL(path.join(DIST, 'occupations/index.js')).href)) as OccupationsModule;
  const { normalizeTitle } = (await import(pathToFileURL(path.join(DIST, 'demand/normalize-title.js')).href)) as NormalizeModule;

  console.log(`Load time, module import excluded, in a fresh process (${RUNS} runs): min / median`);
  for (const taxonomy of ['onet', 'rome']) {
    const times = Array.from({ length: RUNS }, () => coldLoad(taxonomy));
    console.log(
      `  ${taxonomy.padEnd(5)} ${Math.min(...times)
        .toFixed(0)
        .padStart(4)} ms / ${median(times).toFixed(0).padStart(4)} ms   (budget 100 ms)`,
    );
  }

  console.log(`\nCoding throughput, distinct titles, each coded once by a new coder (${RUNS} runs, median):`);
  for (const taxonomy of ['onet', 'rome'] as const) {
    const titles = distinctTitles(taxonomy);
    const careers = titles.map(normalizeTitle);
    const coding: number[] = [];
    const normalizing: number[] = [];
    const lookups: number[] = [];
    let coded = 0;
    for (let run = 0; run < RUNS; run++) {
      const coder = await createCoder({ taxonomy });
      let start = performance.now();
      coded = 0;
      for (const career of careers) if (coder.code(career).code !== null) coded++;
      coding.push(performance.now() - start);
      start = performance.now();
      let length = 0;
      for (const title of titles) length += normalizeTitle(title).length;
      normalizing.push(performance.now() - start);
      if (length < 0) console.log(length);
      const map = new Map<string, number>();
      start = performance.now();
      for (const career of careers) map.set(career, (map.get(career) ?? 0) + 1);
      lookups.push(performance.now() - start);
    }
    const perSecond = (ms: number) => Math.round((titles.length / ms) * 1000);
    const [code, normalize, lookup] = [median(coding), median(normalizing), median(lookups)];
    console.log(
      `  ${taxonomy}: ${titles.length} distinct titles (${new Set(careers).size} careers), ${((100 * coded) / titles.length).toFixed(1)}% coded`,
    );
    console.log(
      `    coder           ${code.toFixed(0).padStart(6)} ms  ${String(perSecond(code)).padStart(9)} titles/s   (goal >= 20,000)`,
    );
    console.log(
      `    coder, 1st run  ${coding[0]!.toFixed(0).padStart(6)} ms  ${String(perSecond(coding[0]!)).padStart(9)} titles/s   (code not yet optimised by V8)`,
    );
    console.log(
      `    normalizeTitle  ${normalize.toFixed(0).padStart(6)} ms  ${String(perSecond(normalize)).padStart(9)} titles/s   ratio coder / normalizeTitle ${(code / normalize).toFixed(1)}`,
    );
    console.log(
      `    Map lookup      ${lookup.toFixed(1).padStart(6)} ms  ${String(perSecond(lookup)).padStart(9)} titles/s   ratio coder / Map ${(code / lookup).toFixed(0)}`,
    );
  }
}

await main();
