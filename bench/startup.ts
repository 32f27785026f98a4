// Start-up of the CLI: `check --help`, `rank-jobs --help` and `--version` against `node -e ''`,
// each a fresh process, rounds alternating so that the machine's load weighs on all alike.
// Goal (issue 13): each at most 1.3x `node -e ''`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './measure.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '31' } } });
const runs = Number(values.runs);
const bin = path.join(ROOT, 'bin/curriculum.js');
const cases: Record<string, string[]> = {
  "node -e ''": ['-e', ''],
  'curriculum check --help': [bin, 'check', '--help'],
  'curriculum rank-jobs --help': [bin, 'rank-jobs', '--help'],
  'curriculum --version': [bin, '--version'],
};

const times = new Map<string, number[]>(Object.keys(cases).map((name) => [name, []]));
for (let round = 0; round < runs; round++) {
  for (const [name, args] of Object.entries(cases)) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
    times.get(name)!.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const reference = median(times.get("node -e ''")!);
console.log(`Start-up, ${runs} alternating rounds of fresh processes (median; min in brackets)\n`);
for (const [name, values] of times) {
  const ratio = median(values) / reference;
  const goal = name.startsWith('node') ? '' : `   ratio ${ratio.toFixed(2)} (goal <= 1.3)`;
  console.log(`  ${name.padEnd(30)} ${median(values).toFixed(1).padStart(6)} ms  (${Math.min(...values).toFixed(1)})${goal}`);
}
