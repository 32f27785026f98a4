// Benchmark of `curriculum check` on hostile single lines: one project naming N unknown
// skills on one line (stylish output), and N unknown references among N defined skills
// ("did you mean" hints). Both must grow linearly: time, and output bytes per problem.
// Run: npm run build && npx tsx bench/check-long-line.ts [--references 20000]
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { measureCli, ROOT } from './measure.js';

function programYaml(references: number, skills: number): string {
  const defined = Array.from({ length: Math.max(1, skills) }, (_, i) => `  - { id: skill-${i}, name: Skill ${i} }`);
  const named = Array.from({ length: references }, (_, i) => `x${i}`);
  return `program:\n  id: p\n  title: P\n  job: x\nskills:\n${defined.join('\n')}\nprojects:\n  - id: a\n    title: A\n    mission: M\n    hours: 1\n    skills: [${named.join(', ')}]\n`;
}

async function run(label: string, references: number, skills: number): Promise<void> {
  const dir = path.join(ROOT, 'bench/.cache', `long-line-${references}-${skills}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'p'), { recursive: true });
  await writeFile(path.join(dir, 'curriculum.config.yaml'), '# defaults\n');
  await writeFile(path.join(dir, 'p/program.yaml'), programYaml(references, skills));
  const result = await measureCli(['check', 'p'], dir);
  if (result.code !== 1) throw new Error(`${label}: exit ${result.code}`);
  const bytes = Buffer.byteLength(result.stdout);
  console.log(
    [
      label.padEnd(26),
      String(references).padStart(10),
      result.seconds.toFixed(2).padStart(8),
      (bytes / 1e6).toFixed(1).padStart(9),
      (bytes / references).toFixed(0).padStart(11),
      result.peakRssMb.toFixed(0).padStart(12),
    ].join('  '),
  );
}

const flag = process.argv.indexOf('--references');
const largest = flag > 0 ? Number(process.argv[flag + 1]) : 20_000;
console.log('case                        references  seconds  output MB  bytes/problem  peak RSS MB');
for (const references of [largest / 4, largest / 2, largest]) await run('unknown skills, one line', references, 1);
for (const references of [largest / 4, largest / 2, largest]) await run('same, as many skills', references, references);
