// `check` on real curricula of ../shared/data (skipped where they are absent): curriculum
// YAML written by other people in their own format, a program converted from The Odin
// Project's paths, and a program measured against real postings with --market.
// Shared files are copied into temp folders at test time, never into the project.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { type CliRun, PROJECT_ROOT, runBin, runInProcess } from '../cli/run-cli.js';

const DATA = path.resolve(PROJECT_ROOT, '../shared/data');
const curricula = (name: string) => path.join(DATA, 'curricula', name);
const postings = (name: string) => path.join(DATA, 'postings', name);

interface Diagnostic {
  rule: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface MarketSummary {
  program: string;
  job: string;
  postings: number;
  coverage: number | null;
  gaps: { skill: string; postings: number; share: number }[];
}
interface Report {
  diagnostics: Diagnostic[];
  summary: { programs: number; files: number; errors: number; warnings: number; market?: MarketSummary[] };
}
interface Career {
  title: string;
  code: string | null;
  postings: number;
  skills: { skill: string; postings: number; share: number }[];
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'curriculum-data-'));
  temps.push(dir);
  return dir;
}

function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** One sentence: a capital first, one final stop, no stop followed by more text (quoted text aside). */
function isOneSentence(message: string): boolean {
  const bare = message.replace(/"[^"]*"/g, '""');
  return /^[A-Z]/.test(bare) && /[.?]$/.test(bare) && !/[.?!]\s/.test(bare.slice(0, -1)) && !bare.includes('\n');
}

/** The text a diagnostic's span covers on its first line (to the end of the line when it runs on). */
function spanText(lines: string[], d: Diagnostic): string {
  const text = lines[d.line - 1] ?? '';
  return text.slice(d.column - 1, d.endLine === d.line ? d.endColumn - 1 : undefined);
}

describe.skipIf(!existsSync(DATA))('check on curriculum YAML written by other people', () => {
  describe.each([
    ['dbt-learn', 'dbt-learn_curriculum.yml'],
    ['hpc-carpentry', 'hpc-carpentry_curriculum.yml'],
  ])('%s', (folder, name) => {
    // Set up on first use: the describe body also runs when the suite is skipped.
    let setup: Promise<{ lines: string[]; validYaml: boolean; result: CliRun; report: Report }> | undefined;
    const prepare = () =>
      (setup ??= (async () => {
        const root = tempDir();
        mkdirSync(path.join(root, folder));
        const file = path.join(root, folder, 'program.yaml');
        copyFileSync(curricula(name), file);
        const text = readFileSync(file, 'utf8');
        const result = await runBin(['check', '--format', 'json'], { cwd: root });
        return {
          lines: text.split(/\r?\n/),
          validYaml: parseDocument(text).errors.length === 0,
          result,
          report: JSON.parse(result.stdout) as Report,
        };
      })());

    it('exits 1 with a JSON report on stdout and nothing (no stack trace) on stderr', async () => {
      const { code, stdout, stderr } = (await prepare()).result;
      expect(code, stderr).toBe(1);
      expect(stderr).toBe('');
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(() => JSON.parse(stdout)).not.toThrow();
      const { summary } = (await prepare()).report;
      expect(summary).toMatchObject({ programs: 1, files: 1 });
      expect(summary.errors).toBeGreaterThan(0);
    });

    it('reports only schema diagnostics (yaml-syntax for invalid YAML): the file is not in our format, so no other rule has anything to say', async () => {
      const { validYaml, report } = await prepare();
      const { diagnostics } = report;
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(diagnostics.map((d) => `${d.rule}: ${d.message}`)).toEqual(
        diagnostics.filter((d) => d.rule === (validYaml ? 'schema' : 'yaml-syntax')).map((d) => `${d.rule}: ${d.message}`),
      );
    });

    it('points every diagnostic inside the file, at the offending key', async () => {
      const { lines, report } = await prepare();
      const { diagnostics } = report;
      for (const d of diagnostics) {
        const where = `${d.rule} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} "${d.message}"`;
        expect(d.file, where).toBe(`${folder}/program.yaml`);
        expect(d.line, where).toBeGreaterThanOrEqual(1);
        expect(d.line, where).toBeLessThanOrEqual(lines.length);
        const lineText = lines[d.line - 1]!;
        expect(d.column, where).toBeGreaterThanOrEqual(1);
        expect(d.column, where).toBeLessThanOrEqual(lineText.length);
        expect(d.endLine * 10_000 + d.endColumn, where).toBeGreaterThan(d.line * 10_000 + d.column);
        const span = spanText(lines, d);
        // A YAML node, not blank text, a comment or the `---` document marker.
        expect(span.trim(), where).not.toBe('');
        expect(span, where).not.toMatch(/^(---|\.\.\.|#)/);
        // A key named in the message ("Unknown key "curricula"...") is the text at the position.
        const key = /^Unknown key "([^"]+)"/.exec(d.message)?.[1];
        if (key !== undefined) {
          expect(lineText, where).toContain(key);
          expect(span, where).toBe(key);
        }
        // A file that is a list, not a mapping, is reported on the list.
        if (/not a list\.$/.test(d.message)) expect(span, where).toMatch(/^- /);
      }
    });

    it('words every message as one sentence', async () => {
      const { diagnostics } = (await prepare()).report;
      for (const d of diagnostics) expect(isOneSentence(d.message), d.message).toBe(true);
    });
  });
});

// The Odin Project: path > course > section > lesson (some lessons are projects). One
// program per path; each section is one of our courses teaching one skill named after the
// section; each project lesson is one of our projects validating its section's skill.
interface OdinLesson {
  title: string;
  description?: string;
  is_project: boolean;
  github_path?: string;
}
interface OdinSection {
  title: string;
  lessons: OdinLesson[];
}
interface OdinCourse {
  title: string;
  sections: OdinSection[];
}
interface OdinPath {
  title: string;
  courses: OdinCourse[];
}

interface Converted {
  id: string;
  files: Record<string, string>;
  /** Skill ids of sections without a project lesson: validated by no project. */
  unvalidated: string[];
  projects: number;
}

function convertOdinPath(odin: OdinPath): Converted {
  const sections = odin.courses.flatMap((course) => course.sections.map((section) => ({ course, section })));
  const counts = new Map<string, number>();
  for (const { section } of sections) counts.set(kebab(section.title), (counts.get(kebab(section.title)) ?? 0) + 1);
  const sectionId = (course: OdinCourse, section: OdinSection) =>
    counts.get(kebab(section.title))! > 1 ? kebab(`${course.title} ${section.title}`) : kebab(section.title);
  const skills = sections.map(({ course, section }) => ({ id: sectionId(course, section), name: `${section.title} (${course.title})` }));
  const courses = sections.map(({ course, section }) => ({
    id: sectionId(course, section),
    title: section.title,
    skills: [sectionId(course, section)],
    status: 'external',
    hours: section.lessons.length * 2,
    url: `https://www.theodinproject.com/paths/${kebab(odin.title)}/courses/${kebab(course.title)}`,
  }));
  const usedProjectIds = new Set<string>();
  const projects: Record<string, unknown>[] = [];
  for (const { course, section } of sections) {
    for (const lesson of section.lessons.filter((l) => l.is_project)) {
      let id = kebab(lesson.title);
      for (let n = 2; usedProjectIds.has(id); n++) id = `${kebab(lesson.title)}-${n}`;
      usedProjectIds.add(id);
      const previous = projects.at(-1)?.id as string | undefined;
      projects.push({
        id,
        title: lesson.title,
        mission: lesson.description?.trim() || lesson.title,
        skills: [sectionId(course, section)],
        hours: 10,
        ...(previous === undefined ? {} : { requires: [previous] }),
      });
    }
  }
  const ids = skills.map((s) => s.id);
  expect(new Set(ids).size, `section ids of ${odin.title} are unique`).toBe(ids.length);
  const id = kebab(odin.title);
  return {
    id,
    files: {
      'program.yaml': stringify({ program: { id, title: odin.title, job: 'web developer' }, skills }),
      'projects.yaml': stringify({ projects }),
      'courses.yaml': stringify({ courses }),
    },
    unvalidated: sections
      .filter(({ section }) => !section.lessons.some((l) => l.is_project))
      .map(({ course, section }) => sectionId(course, section)),
    projects: projects.length,
  };
}

/** Line (1-based) of the list item `- id: <id>` in a file written by `stringify`. */
function itemLine(text: string, id: string): number {
  const index = text.split('\n').indexOf(`  - id: ${id}`);
  expect(index, `"- id: ${id}" in the converted file`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

describe.skipIf(!existsSync(DATA))('check on programs converted from The Odin Project', () => {
  it('reports exactly what the paths predict: unvalidated skills, their orphan courses, too many projects', async () => {
    const odin = JSON.parse(readFileSync(curricula('odin-project-paths.json'), 'utf8')) as { paths: OdinPath[] };
    expect(odin.paths.length).toBeGreaterThan(0);
    const root = tempDir();
    const converted = odin.paths.map(convertOdinPath);
    for (const program of converted) {
      mkdirSync(path.join(root, program.id));
      for (const [name, text] of Object.entries(program.files)) writeFileSync(path.join(root, program.id, name), text);
    }

    const expected: string[] = [];
    for (const program of converted) {
      const at = (name: string, id: string) => `${program.id}/${name}:${itemLine(program.files[name]!, id)}`;
      for (const skill of program.unvalidated) {
        expected.push(`skill-not-validated ${at('program.yaml', skill)} "${skill}"`);
        expected.push(`orphan-course ${at('courses.yaml', skill)} "${skill}"`);
      }
      if (program.projects < 5 || program.projects > 15) expected.push(`project-count ${program.id} ${program.projects}`);
    }
    // The data has both cases: sections without a project, and a path over 15 projects.
    expect(expected.some((e) => e.startsWith('skill-not-validated'))).toBe(true);
    expect(expected.some((e) => e.startsWith('project-count'))).toBe(true);

    const result = await runInProcess(['check', '--format', 'json'], { cwd: root });
    const report = JSON.parse(result.stdout) as Report;
    const got = report.diagnostics.map((d) => {
      const program = d.file.split('/')[0]!;
      if (d.rule === 'project-count') return `project-count ${program} ${/\b(\d+) projects\b/.exec(d.message)?.[1]}`;
      return `${d.rule} ${d.file}:${d.line} "${/"([^"]+)"/.exec(d.message)?.[1]}"`;
    });
    expect(got.sort()).toEqual(expected.sort());
    expect(report.summary).toMatchObject({ programs: converted.length, files: converted.length * 3 });
    expect(result.code).toBe(report.summary.errors > 0 ? 1 : 0);
  });

  it('reports nothing once every section without a project is left out', async () => {
    const odin = JSON.parse(readFileSync(curricula('odin-project-paths.json'), 'utf8')) as { paths: OdinPath[] };
    const foundations = odin.paths.find((p) => p.title === 'Foundations')!;
    const withProjects: OdinPath = {
      ...foundations,
      courses: foundations.courses.map((c) => ({ ...c, sections: c.sections.filter((s) => s.lessons.some((l) => l.is_project)) })),
    };
    const program = convertOdinPath(withProjects);
    expect(program.unvalidated).toEqual([]);
    expect(program.projects).toBeGreaterThanOrEqual(5);
    expect(program.projects).toBeLessThanOrEqual(15);
    const root = tempDir();
    mkdirSync(path.join(root, program.id));
    for (const [name, text] of Object.entries(program.files)) writeFileSync(path.join(root, program.id, name), text);
    const result = await runInProcess(['check', '--format', 'json'], { cwd: root });
    expect(JSON.parse(result.stdout)).toEqual({ diagnostics: [], summary: { programs: 1, files: 3, errors: 0, warnings: 0 } });
    expect(result.code).toBe(0);
  });
});

describe.skipIf(!existsSync(DATA))('check --market on a real export', () => {
  it('measures a program naming the top HelloWork occupation by its label and validating its first and third skills: partial coverage, the second named as a gap with its share', async () => {
    const file = postings('fr-hellowork-tech.csv');
    const ranking = await runInProcess(['rank-jobs', file, '--top', '1', '--format', 'json']);
    expect(ranking.code, ranking.stderr).toBe(0);
    const job = (JSON.parse(ranking.stdout) as { careers: Career[] }).careers[0]!.title;
    const one = await runInProcess(['rank-jobs', file, '--job', job, '--format', 'json']);
    expect(one.code, one.stderr).toBe(0);
    const career = (JSON.parse(one.stdout) as { careers: Career[] }).careers[0]!;
    expect(career.skills.length).toBeGreaterThan(3);
    // The first and third skills: the second, asked by more postings than the third, is a gap.
    const [first, , second] = career.skills as [Career['skills'][0], Career['skills'][0], Career['skills'][0]];
    const skillIds = [kebab(first.skill), kebab(second.skill)];

    const root = tempDir();
    mkdirSync(path.join(root, 'market-program'));
    const program = {
      program: { id: 'market-program', title: 'Market program', job },
      skills: [
        { id: skillIds[0], name: first.skill },
        { id: skillIds[1], name: second.skill },
      ],
      projects: [0, 1, 2, 3, 4].map((n) => ({
        id: `project-${n + 1}`,
        title: `Project ${n + 1}`,
        mission: 'A real mission.',
        skills: n === 2 ? skillIds : [skillIds[n % 2]],
        hours: 20,
      })),
      courses: [{ id: 'course', title: 'Course', skills: skillIds, status: 'existing' }],
    };
    writeFileSync(path.join(root, 'market-program', 'program.yaml'), stringify(program));

    const result = await runInProcess(['check', '--format', 'json', '--market', file], { cwd: root });
    const report = JSON.parse(result.stdout) as Report;
    const market = report.summary.market?.find((m) => m.program === 'market-program');
    expect(market, result.stdout).toBeDefined();
    expect(market!.job).toBe(career.code ?? job);
    expect(market!.postings).toBe(career.postings);
    expect(market!.coverage).toBeGreaterThan(0);
    expect(market!.coverage).toBeLessThan(1);
    const mentions = career.skills.reduce((sum, s) => sum + s.postings, 0);
    expect(market!.coverage).toBeCloseTo((first.postings + second.postings) / mentions, 3);

    const share = new Map(career.skills.map((s) => [s.skill, s.share]));
    const expectedGaps = career.skills.filter((s) => s.share >= 0.3 && s !== first && s !== second).map((s) => s.skill);
    expect(expectedGaps, 'the second skill is asked by 30% or more of the postings').toContain(career.skills[1]!.skill);
    expect(market!.gaps.map((g) => g.skill).sort()).toEqual([...expectedGaps].sort());
    // The program is otherwise valid: market gaps are all check has to say.
    expect(report.diagnostics.map((d) => d.rule)).toEqual(expectedGaps.map(() => 'market-gap'));
    for (const d of report.diagnostics) {
      const named = /"([^"]+)"/.exec(d.message)?.[1];
      expect(named, d.message).toBeDefined();
      expect(share.get(named!), d.message).toBeGreaterThanOrEqual(0.3);
      expect(skillIds).not.toContain(kebab(named!));
      expect(isOneSentence(d.message), d.message).toBe(true);
    }
    expect(result.code).toBe(0);
  });
});
