// `init --job ... --from <real postings>` on the exports of ../shared/data (skipped where
// they are absent): the skills init lists are checked against shares computed here, from
// the same files read with csv-parse, then the new program goes through `check`.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { normalizeTitle } from '../../src/demand/normalize-title.js';
import { PROJECT_ROOT, runInProcess } from '../cli/run-cli.js';

const DATA = path.resolve(PROJECT_ROOT, '../shared/data');
const postings = (name: string) => path.join(DATA, 'postings', name);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DEFAULT_TOP = 12;

interface Diagnostic {
  rule: string;
  message: string;
  file: string;
  line: number;
}
interface Career {
  title: string;
  code: string | null;
  postings: number;
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'curriculum-init-'));
  temps.push(dir);
  return dir;
}

/** The most-posted career of a ranking, as rank-jobs names it. */
async function topCareer(args: string[]): Promise<Career> {
  const result = await runInProcess(['rank-jobs', ...args, '--top', '1', '--format', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { careers: Career[] }).careers[0]!;
}

/** The occupation code of each row of `file`, in order, as `curriculum occupations --from` codes them. */
async function rowCodes(file: string): Promise<(string | null)[]> {
  const result = await runInProcess(['occupations', '--from', file, '--format', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { titles: { code: string | null }[] }).titles.map((title) => title.code);
}

/** The skills of a HelloWork row: a Python list, "['python', 'rest']". */
function helloWorkSkills(row: Record<string, string>): Set<string> {
  return new Set([...(row.skills ?? '').matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => skillKey(m[1] ?? m[2] ?? '')).filter(Boolean));
}

/** A skill as the data names it, compared the way a person would: trimmed, lower case. */
const skillKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Share of `jobPostings` asking for each skill, from one set of skills per posting. */
function shares(skillSets: Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const set of skillSets) for (const skill of set) counts.set(skill, (counts.get(skill) ?? 0) + 1);
  return new Map([...counts].map(([skill, count]) => [skill, count / skillSets.length]));
}

interface InitSkill {
  id: unknown;
  name: unknown;
  market_share: unknown;
}

/** Runs init into a fresh folder, returns the folder and the skills of its program.yaml. */
async function init(args: string[]): Promise<{ root: string; skills: InitSkill[]; program: Record<string, unknown> }> {
  const root = tempDir();
  const result = await runInProcess(['init', 'new-program', ...args], { cwd: root });
  expect(result.code, result.stderr).toBe(0);
  // The exports live outside the new repository, so init says why it records no market settings.
  expect(result.stderr).toMatch(/^(|.* is outside the repository, where settings may not point: .*\n)$/);
  const file = parseYaml(readFileSync(path.join(root, 'new-program', 'program.yaml'), 'utf8')) as {
    program: Record<string, unknown>;
    skills: InitSkill[];
  };
  return { root, skills: file.skills, program: file.program };
}

/** The skills init listed match the market: ids, shares from the data, most-requested first. */
function expectMarketSkills(skills: InitSkill[], expected: Map<string, number>): void {
  expect(Array.isArray(skills)).toBe(true);
  // Skills asked by fewer than 1% of the postings are left out.
  expect(skills.length).toBe(Math.min(DEFAULT_TOP, [...expected.values()].filter((share) => share >= 0.01).length));
  const ids = skills.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const skill of skills) {
    const where = JSON.stringify(skill);
    expect(skill.id, where).toMatch(ID);
    expect(typeof skill.name, where).toBe('string');
    expect(typeof skill.market_share, where).toBe('number');
    const share = skill.market_share as number;
    expect(share, where).toBeGreaterThan(0);
    expect(share, where).toBeLessThanOrEqual(1);
    const actual = expected.get(skillKey(skill.name as string));
    expect(actual, `${where} is a skill of the job's postings`).toBeDefined();
    expect(share, where).toBeCloseTo(actual!, 2);
  }
  const listed = skills.map((s) => s.market_share as number);
  for (let i = 1; i < listed.length; i++)
    expect(listed[i], `market_share of skill ${i + 1} after ${listed[i - 1]}`).toBeLessThanOrEqual(listed[i - 1]!);
  // No skill left out is asked for more than the least-asked skill listed.
  const names = new Set(skills.map((s) => skillKey(s.name as string)));
  const floor = Math.min(...[...expected].filter(([name]) => names.has(name)).map(([, share]) => share));
  for (const [name, share] of expected) if (!names.has(name)) expect(share, `"${name}" left out`).toBeLessThanOrEqual(floor);
}

/** `check` on a fresh init: each skill unvalidated, too few projects, nothing else. */
async function expectOnlyDesignWork(root: string, skills: InitSkill[]): Promise<void> {
  const result = await runInProcess(['check', '--format', 'json'], { cwd: root });
  expect(result.code, result.stderr).toBe(1);
  const diagnostics = (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
  const rules = new Set(diagnostics.map((d) => d.rule));
  expect([...rules].sort()).toEqual(['project-count', 'skill-not-validated']);
  expect(diagnostics.filter((d) => d.rule === 'project-count')).toHaveLength(1);
  const unvalidated = diagnostics.filter((d) => d.rule === 'skill-not-validated').map((d) => /"([^"]+)"/.exec(d.message)?.[1]);
  expect(unvalidated.sort()).toEqual(skills.map((s) => s.id as string).sort());
  for (const d of diagnostics) expect(d.file).toMatch(/^new-program\/[a-z]+\.yaml$/);
}

describe.skipIf(!existsSync(DATA))('init from real postings', () => {
  it("HelloWork (French titles with H/F, Python-style skill lists): the top occupation's skills with their share, then check", async () => {
    const file = postings('fr-hellowork-tech.csv');
    const career = await topCareer([file]);
    expect(career.code).toMatch(/^[A-N]\d{4}$/);
    // The occupation as rank-jobs labels it; the program records its code.
    const { root, skills, program } = await init(['--job', career.title, '--from', file]);
    expect(program).toMatchObject({ id: 'new-program', job: career.code });

    const rows = parseCsv(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const codes = await rowCodes(file);
    expect(codes).toHaveLength(rows.length);
    const jobRows = rows.filter((_, index) => codes[index] === career.code);
    expect(jobRows.length).toBe(career.postings);
    expectMarketSkills(skills, shares(jobRows.map(helloWorkSkills)));
    await expectOnlyDesignWork(root, skills);
  });

  it("HelloWork, one title as a French posting names it (gender marker included): that title's skills, then check", async () => {
    const file = postings('fr-hellowork-tech.csv');
    const rows = parseCsv(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const counts = new Map<string, number>();
    for (const row of rows)
      counts.set(normalizeTitle(row['Job Title'] ?? ''), (counts.get(normalizeTitle(row['Job Title'] ?? '')) ?? 0) + 1);
    const [title] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const { root, skills, program } = await init(['--job', `${title} (H/F)`, '--from', file]);
    expect(program).toMatchObject({ id: 'new-program', job: title });
    const jobRows = rows.filter((row) => normalizeTitle(row['Job Title'] ?? '') === title);
    expectMarketSkills(skills, shares(jobRows.map(helloWorkSkills)));
    await expectOnlyDesignWork(root, skills);
  });

  it("LinkedIn postings joined with their skills table, codes named by an alias file: the job's skills with their share, then check", async () => {
    const file = postings('en-linkedin-2023-postings.csv');
    const skillsFile = postings('en-linkedin-2023-job-skills.csv');
    // The alias file of docs/rank-jobs.md's recipe, from en-linkedin-2023-skills.csv.
    const names = parseCsv(readFileSync(postings('en-linkedin-2023-skills.csv'), 'utf8'), { columns: true, bom: true }) as {
      skill_abr: string;
      skill_name: string;
    }[];
    expect(names.length).toBeGreaterThan(0);
    const aliasDir = tempDir();
    const aliases = path.join(aliasDir, 'linkedin-aliases.yaml');
    writeFileSync(
      aliases,
      `${['skills:', ...names.map((n) => `  ${JSON.stringify(n.skill_name)}: [${JSON.stringify(n.skill_abr)}]`)].join('\n')}\n`,
    );
    const reading = ['--skills-file', skillsFile, '--join-column', 'job_id', '--aliases', aliases];

    const career = await topCareer([file, ...reading]);
    expect(career.code).toMatch(/^\d{2}-\d{4}$/);
    const { root, skills, program } = await init(['--job', career.title, '--from', file, ...reading]);
    expect(program).toMatchObject({ id: 'new-program', job: career.code });

    const nameOf = new Map(names.map((n) => [skillKey(n.skill_abr), skillKey(n.skill_name)]));
    const skillsOf = new Map<string, Set<string>>();
    for (const row of parseCsv(readFileSync(skillsFile, 'utf8'), { columns: true, bom: true }) as { job_id: string; skill_abr: string }[]) {
      const id = row.job_id.trim();
      const set = skillsOf.get(id) ?? new Set<string>();
      const code = skillKey(row.skill_abr);
      set.add(nameOf.get(code) ?? code);
      skillsOf.set(id, set);
    }
    const rows = parseCsv(readFileSync(file, 'utf8'), { columns: true, bom: true, relax_column_count: true }) as Record<string, string>[];
    const codes = await rowCodes(file);
    expect(codes).toHaveLength(rows.length);
    const jobRows = rows.filter((_, index) => codes[index] === career.code);
    expect(jobRows.length).toBe(career.postings);
    const expected = shares(jobRows.map((row) => skillsOf.get((row.job_id ?? '').trim()) ?? new Set<string>()));
    // Codes are named: the listed skills are LinkedIn's job functions, not their codes.
    expect([...expected.keys()].every((name) => [...nameOf.values()].includes(name))).toBe(true);
    expectMarketSkills(skills, expected);
    expect(skills.some((s) => (s.name as string).includes(' '))).toBe(true);
    await expectOnlyDesignWork(root, skills);
  });
});
