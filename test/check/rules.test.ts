// One fixture folder per rule: `invalid/` marks each expected diagnostic on its line with
// `# expect: <rule>`, and its `valid/` twin must raise nothing at all.
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it, test } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { DEFAULT_CONFIG } from '../../src/check/config.js';
import { loadCheckConfig } from '../../src/check/load-config.js';
import { RULES } from '../../src/check/registry.js';
import { certificatePrerequisite } from '../../src/check/rules/certificate-prerequisite.js';
import { certificateSize } from '../../src/check/rules/certificate-size.js';
import { prerequisiteCycle } from '../../src/check/rules/prerequisite-cycle.js';
import { unknownReference } from '../../src/check/rules/unknown-reference.js';
import { loadMarket } from '../../src/cli/load-market.js';
import { closestWordFinder } from '../../src/load/closest-word.js';
import type { ProgramModel } from '../../src/load/types.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/rules');

async function check(folder: string) {
  const local = path.join(folder, 'curriculum.config.yaml');
  const settings = await loadCheckConfig(folder, existsSync(local) ? local : path.join(FIXTURES, 'curriculum.config.yaml'));
  // A fixture's config may name market data, as a repository's does for CI.
  const io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: Readable.from([]), cwd: folder, env: {} };
  const market = await loadMarket({}, settings, io);
  // Every file's text is kept: markers are looked for in all of them.
  return checkRepository(['.'], { cwd: folder, settings, market, keepPrograms: true });
}

function expectedMarkers(sources: ReadonlyMap<string, string>): string[] {
  const expected: string[] = [];
  for (const [file, text] of sources) {
    text.split('\n').forEach((line, index) => {
      const marker = /# expect: ([\w, -]+)/.exec(line);
      for (const rule of marker?.[1]?.split(',') ?? []) expected.push(`${file}:${index + 1} ${rule.trim()}`);
    });
  }
  return expected.sort();
}

describe.each(RULES.map((rule) => rule.code))('rule %s', (code) => {
  test('has a fixture folder with an invalid case and a valid twin', () => {
    expect(readdirSync(path.join(FIXTURES, code)).sort()).toEqual(['invalid', 'valid']);
  });

  test('reports exactly the marked lines', async () => {
    const result = await check(path.join(FIXTURES, code, 'invalid'));
    const found = result.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`).sort();
    expect(found).toEqual(expectedMarkers(result.sources));
    expect(found.some((entry) => entry.endsWith(` ${code}`))).toBe(true);
  });

  test('raises nothing on the valid twin', async () => {
    const result = await check(path.join(FIXTURES, code, 'valid'));
    expect(result.diagnostics).toEqual([]);
  });
});

// Rules on programs far larger than real ones: they must neither crash nor take quadratic
// time or output (a hostile or generated file must not stall CI).
function model(projects: { id: string; requires?: string[]; skills?: string[] }[], skills: string[] = []): ProgramModel {
  return {
    program: { id: 'p' },
    skills: skills.map((id, index) => ({ value: { id, name: id }, index, valid: true })),
    projects: projects.map((value, index) => ({ value, index, valid: true })),
    courses: [],
    certificates: [],
  };
}

const runRule = (rule: typeof prerequisiteCycle, program: ProgramModel) => rule.check!({ model: program, config: DEFAULT_CONFIG });

describe('prerequisite-cycle at scale', () => {
  it('walks a cycle of 10,000 prerequisites without overflowing the stack (the recursion overflowed at 5,000)', () => {
    const count = 10_000;
    const projects = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, requires: [`p${(i + 1) % count}`] }));
    expect(runRule(prerequisiteCycle, model(projects))).toHaveLength(count);
  });

  it('names at most ten projects of a huge cycle in each message', () => {
    const count = 1000;
    const projects = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, requires: [`p${(i + 1) % count}`] }));
    const findings = runRule(prerequisiteCycle, model(projects));
    expect(findings).toHaveLength(count);
    expect(findings[0]!.message).toBe(
      'Project "p0" is part of a prerequisite cycle: p0 -> p1 -> p2 -> p3 -> p4 -> p5 -> p6 -> p7 -> p8 -> p9 -> (990 more) -> p0.',
    );
  });
});

describe('unknown-reference hints at scale', () => {
  it('hints typos among hundreds of unknown references to hundreds of skills', () => {
    const skills = Array.from({ length: 300 }, (_, i) => `skill-${i}`);
    const references = [...Array.from({ length: 300 }, (_, i) => `other-${i}`), 'skil-7'];
    const findings = runRule(unknownReference, model([{ id: 'a', skills: references }], skills));
    expect(findings).toHaveLength(301);
    expect(findings.at(-1)!.message).toBe('Project "a" names unknown skill "skil-7"; did you mean "skill-7"?');
  });

  it('reports thousands of unknown references to thousands of skills in linear time', () => {
    // Every pair is within two characters of length: comparing them all took 36 s for 4,000.
    const skills = Array.from({ length: 4000 }, (_, i) => `skill-${i}`);
    const references = Array.from({ length: 4000 }, (_, i) => `other-${i}`);
    expect(runRule(unknownReference, model([{ id: 'a', skills: references }], skills))).toHaveLength(4000);
  });

  it('stops hinting once its budget is spent, instead of taking quadratic time', () => {
    const closest = closestWordFinder(['abcd', 'abce'], 20);
    expect(closest('abcf')).toBe('abcd');
    expect(closest('abcf')).toBe('abcd'); // answered from the cache
    expect(closest('abcg')).toBeUndefined();
  });
});

describe('certificate rules at scale', () => {
  const count = 100_000;
  const projects = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, requires: i === 0 ? [] : [`p${i - 1}`] }));
  const withCertificate = (ids: string[]): ProgramModel => ({
    ...model(projects),
    certificates: [{ value: { id: 'huge', title: 'Huge', projects: ids }, index: 0, valid: true }],
  });

  it('counts a certificate of 100,000 projects, each named twice, in linear time', () => {
    const ids = projects.flatMap(({ id }) => [id, id]);
    expect(runRule(certificateSize, withCertificate(ids))).toEqual([
      {
        path: ['certificates', 0, 'projects', 4],
        severity: 'warning',
        message:
          'Certificate "huge" holds 100000 projects; a certificate is 1 or 2 projects of the program, so split it or offer the whole program.',
      },
    ]);
  });

  it('reports one project per requirement left out, and names at most ten of them', () => {
    const requiresAll = { id: 'last', requires: projects.map(({ id }) => id) };
    const program: ProgramModel = {
      ...withCertificate(['last', 'p5', 'p6', 'p6']),
      projects: [...model(projects).projects, { value: requiresAll, index: count, valid: true }],
    };
    const findings = runRule(certificatePrerequisite, program);
    expect(findings.map((finding) => finding.path)).toEqual([
      ['certificates', 0, 'projects', 0],
      ['certificates', 0, 'projects', 1],
    ]);
    expect(findings[0]!.message).toBe(
      'Certificate "huge" holds project "last", which requires projects "p0", "p1", "p2", "p3", "p4", "p7", "p8", "p9", "p10", "p11" and 99988 more outside the certificate; a learner taking only the certificate has not done them.',
    );
    expect(findings[1]!.message).toBe(
      'Certificate "huge" holds project "p5", which requires project "p4" outside the certificate; a learner taking only the certificate has not done it.',
    );
  });
});

describe('feedback-open', () => {
  const folder = path.join(FIXTURES, 'feedback-open', 'invalid');

  it('names the item, who gave it, when, and its first words', async () => {
    const messages = (await check(folder)).diagnostics.map((d) => `${d.severity} ${d.message}`);
    expect(messages).toEqual([
      'warning Feedback item "jury-2026-06-dashboard" from a jury on 2026-06-12 is still open ("Recruiters expect Power BI, not only Looker Studio.").',
      'warning Feedback item "mentor-2026-06-sql" from a mentor on 2026-06-20 is still open ("Learners reach the sales report without window functions; the course stops at…").',
      'warning Feedback item "recruiter-2026-07-git" from a recruiter on 2026-07-01 is planned but not done ("Juniors we interview cannot use git.").',
    ]);
  });

  it('is switched off, or made an error, in curriculum.config.yaml', async () => {
    for (const [setting, expected] of [
      ['off', []],
      ['error', ['error', 'error', 'error']],
    ] as const) {
      const root = await mkdtemp(path.join(os.tmpdir(), 'curriculum-feedback-'));
      await cp(path.join(folder, 'fixture'), path.join(root, 'fixture'), { recursive: true });
      await writeFile(path.join(root, 'curriculum.config.yaml'), `limits:\n  projects:\n    min: 1\nrules:\n  feedback-open: ${setting}\n`);
      const result = await check(root);
      expect(result.diagnostics.map((d) => `${d.rule} ${d.severity}`)).toEqual(expected.map((severity) => `feedback-open ${severity}`));
    }
  });
});
