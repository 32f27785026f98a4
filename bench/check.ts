// Benchmark of `curriculum check` on a generated repository: N programs x 12 projects.
// Run: npm run build && npx tsx bench/check.ts [--programs 500]
// References: the budget of one second per 100 programs (ratio <= 1 is within it), and
// the YAML parse floor: a child process that reads every file and parses it with `yaml`'s
// parseDocument (what check needs for positions), start-up included (goal: check <= 1.5x).

import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { measureCli, ROOT } from './measure.js';

/** Reads and parses every .yaml file below a folder, as check must at least do; prints nothing. */
const PARSE_FLOOR = `
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
const walk = (dir) => { for (const entry of readdirSync(dir, { withFileTypes: true })) {
  const file = path.join(dir, entry.name);
  if (entry.isDirectory()) walk(file); else if (file.endsWith('.yaml')) parseDocument(readFileSync(file, 'utf8'));
} };
walk(process.argv[1]);
`;

/** Wall time and peak RSS of the parse floor on \`dir\`, in a child process run from the project (for \`yaml\`). */
function parseFloor(dir: string): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--input-type=module', '-e', PARSE_FLOOR, dir], { cwd: ROOT, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Number(process.hrtime.bigint() - started) / 1e9) : reject(new Error(`parse floor exited with ${code}`)),
    );
  });
}

const SKILLS = 10;
const PROJECTS = 12;
const COURSES = 10;

function programYaml(n: number): string {
  const lines = [`program:`, `  id: program-${n}`, `  title: Program ${n}`, `  job: job ${n % 50}`, `skills:`];
  for (let s = 0; s < SKILLS; s++)
    lines.push(`  - id: skill-${s}`, `    name: Skill number ${s} of program ${n}`, `    market_share: 0.${(s * 7) % 10}5`);
  lines.push('projects:');
  for (let p = 0; p < PROJECTS; p++) {
    const skills = [p % SKILLS, (p + 3) % SKILLS, (p + 7) % SKILLS].map((s) => `skill-${s}`);
    lines.push(
      `  - id: project-${p}`,
      `    title: Project ${p}`,
      `    mission: The client of project ${p} wants a deliverable that imitates a real mission, described in a sentence or two.`,
      `    skills: [${skills.join(', ')}]`,
      `    hours: ${20 + (p % 5) * 10}`,
    );
    if (p > 0) lines.push(`    requires: [project-${p - 1}]`);
  }
  lines.push('courses:');
  for (let c = 0; c < COURSES; c++) {
    lines.push(
      `  - id: course-${c}`,
      `    title: Course ${c}`,
      `    skills: [skill-${c}]`,
      // Courses to produce would be late for the first cohort (rule course-late): the programs must check clean.
      '    status: existing',
    );
  }
  return `${lines.join('\n')}\n`;
}

async function generate(programs: number): Promise<string> {
  const dir = path.join(ROOT, 'bench/.cache', `check-${programs}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // The generated repository's own (default) settings: the search must not climb into this project's.
  await writeFile(path.join(dir, 'curriculum.config.yaml'), '# defaults\n');
  for (let n = 0; n < programs; n++) {
    const folder = path.join(dir, `program-${n}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'program.yaml'), programYaml(n));
  }
  return dir;
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--programs');
  const largest = flag > 0 ? Number(process.argv[flag + 1]) : 500;
  const sizes = [...new Set([Math.round(largest / 5), Math.round(largest / 2), largest])];
  console.log(
    `load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
  console.log('programs  files  seconds  s/100 programs  peak RSS MB  ratio to budget (1 s/100)  parse floor s  ratio to floor');
  const points: [number, number][] = [];
  for (const size of sizes) {
    const dir = await generate(size);
    const run = await measureCli(['check', dir, '--format', 'json']);
    const summary = JSON.parse(run.stdout).summary as { programs: number; errors: number; warnings: number };
    if (summary.programs !== size || summary.errors + summary.warnings !== 0) {
      throw new Error(
        `unexpected result on ${size} programs: ${summary.programs} programs, ${summary.errors} errors, ${summary.warnings} warnings`,
      );
    }
    const per100 = (run.seconds / size) * 100;
    const floor = await parseFloor(dir);
    points.push([size, run.seconds]);
    console.log(
      [
        String(size).padStart(8),
        String(size).padStart(6),
        run.seconds.toFixed(2).padStart(8),
        per100.toFixed(3).padStart(15),
        run.peakRssMb.toFixed(0).padStart(12),
        per100.toFixed(2).padStart(10),
        floor.toFixed(2).padStart(28),
        (run.seconds / floor).toFixed(2).padStart(14),
      ].join('  '),
    );
  }
  const [slope, intercept] = fitLine(points);
  console.log(`linear fit: ${(slope * 100).toFixed(3)} s per 100 programs + ${intercept.toFixed(2)} s fixed (start-up)`);
}

/** Least-squares line through the points: seconds = slope * programs + intercept. */
function fitLine(points: [number, number][]): [number, number] {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const covariance = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const variance = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  const slope = variance === 0 ? 0 : covariance / variance;
  return [slope, meanY - slope * meanX];
}

await main();
