// Benchmark of `curriculum diff` between two revisions of a generated git repository of N
// programs, against two `check` runs on the same repository (diff loads two versions).
// Run: npm run build && npx tsx bench/diff.ts [--programs 100] [--runs 5]
// Reference: two check runs; the goal is diff < 2 x check + 1 s, well under.
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { measureCli, ROOT } from './measure.js';

const SKILLS = 10;
const PROJECTS = 12;
const COURSES = 10;

/** One program; `revised` renames a skill, adds hours, moves a project, produces a course and closes the feedback. */
function programYaml(n: number, revised: boolean): string {
  const skill = (s: number) => (revised && s === 0 ? 'skill-zero' : `skill-${s}`);
  const lines = [`program:`, `  id: program-${n}`, `  title: Program ${n}`, `  job: job ${n % 50}`, `skills:`];
  for (let s = 0; s < SKILLS; s++) lines.push(`  - id: ${skill(s)}`, `    name: Skill number ${s} of program ${n}`);
  lines.push('projects:');
  const order = Array.from({ length: PROJECTS }, (_, p) => p);
  if (revised) order.push(order.splice(1, 1)[0] as number);
  for (const p of order) {
    const skills = [p % SKILLS, (p + 3) % SKILLS, (p + 7) % SKILLS].map(skill);
    lines.push(
      `  - id: project-${p}`,
      `    title: Project ${p}`,
      `    mission: The client of project ${p} wants a deliverable that imitates a real mission, described in a sentence or two.`,
      `    skills: [${skills.join(', ')}]`,
      `    hours: ${20 + (p % 5) * 10 + (revised && p === 2 ? 10 : 0)}`,
    );
  }
  lines.push('courses:');
  for (let c = 0; c < COURSES; c++) {
    const status = c % 3 === 0 || (revised && c === 1) ? 'existing' : 'to-produce';
    lines.push(`  - id: course-${c}`, `    title: Course ${c}`, `    skills: [${skill(c)}]`, `    status: ${status}`);
  }
  lines.push(
    'feedback:',
    '  - id: jury-2026-06-report',
    '    date: 2026-06-12',
    '    from: jury',
    '    about: [project-2]',
    '    text: The report takes longer than its hours.',
    revised ? '    status: done\n    resolution: Ten more hours.' : '    status: open',
  );
  return `${lines.join('\n')}\n`;
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd });
}

/** A repository whose tag v1 holds N programs and whose HEAD revises every program. */
async function generate(programs: number): Promise<string> {
  const dir = path.join(ROOT, 'bench/.cache', `diff-${programs}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  await writeFile(path.join(dir, 'curriculum.config.yaml'), '# defaults\nrules:\n  feedback-open: off\n');
  for (const revised of [false, true]) {
    for (let n = 0; n < programs; n++) {
      await mkdir(path.join(dir, `program-${n}`), { recursive: true });
      await writeFile(path.join(dir, `program-${n}`, 'program.yaml'), programYaml(n, revised));
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', revised ? 'revised' : 'first');
    if (!revised) git(dir, 'tag', 'v1');
  }
  return dir;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function main(): Promise<void> {
  const option = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const programs = option('--programs', 100);
  const runs = option('--runs', 5);
  const dir = await generate(programs);
  const checks: number[] = [];
  const diffs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const check = await measureCli(['check', '.', '--format', 'json'], dir);
    const summary = JSON.parse(check.stdout).summary as { programs: number; errors: number };
    if (summary.programs !== programs || summary.errors !== 0)
      throw new Error(`check found ${summary.programs} programs, ${summary.errors} errors`);
    checks.push(check.seconds);
    const diff = await measureCli(['diff', 'v1', 'HEAD', '--format', 'json'], dir);
    const report = JSON.parse(diff.stdout) as { programs: { status: string }[] };
    if (diff.code !== 0 || report.programs.length !== programs)
      throw new Error(`diff exited ${diff.code} with ${report.programs.length} programs`);
    diffs.push(diff.seconds);
  }
  const check = median(checks);
  const diff = median(diffs);
  console.log(`curriculum diff v1 HEAD on ${programs} programs (every one changed), median of ${runs} runs`);
  console.log(`  check       ${check.toFixed(3)} s`);
  console.log(`  2 x check   ${(2 * check).toFixed(3)} s`);
  console.log(`  diff        ${diff.toFixed(3)} s`);
  console.log(`  diff - 2 x check = ${(diff - 2 * check).toFixed(3)} s (goal: well under 1 s)`);
  console.log(`  ratio diff / (2 x check) = ${(diff / (2 * check)).toFixed(2)}`);
}

await main();
