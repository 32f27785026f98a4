// curriculum.config.yaml: found from the first path checked, validated like a curriculum file.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { loadCheckConfig } from '../../src/check/load-config.js';

async function repository(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'curriculum-config-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

const PROGRAM = `program: { id: p, title: P, job: data analyst }
skills:
  - { id: sql, name: SQL }
projects:
  - { id: report, title: Report, mission: A weekly report., skills: [sql], hours: 10 }
courses:
  - { id: learn-sql, title: Learn SQL, skills: [sql] }
  - { id: history, title: History, skills: [] }
`;

describe('curriculum.config.yaml', () => {
  test('turns rules off and sets limits', async () => {
    const root = await repository({ 'p/program.yaml': PROGRAM });
    const plain = await checkRepository(['p'], { cwd: root });
    expect(plain.diagnostics.map((d) => d.rule).sort()).toEqual(['orphan-course', 'project-count']);
    await writeFile(path.join(root, 'curriculum.config.yaml'), 'rules:\n  orphan-course: off\nlimits:\n  projects: { min: 1 }\n');
    const configured = await checkRepository(['p'], { cwd: root });
    expect(configured.diagnostics).toEqual([]);
  });

  test('is found from the first path checked, up to the folder holding .git, not from the current folder', async () => {
    const root = await repository({
      '.git/HEAD': '',
      'curriculum.config.yaml': 'rules:\n  orphan-course: error\n',
      'programs/p/program.yaml': PROGRAM,
    });
    const elsewhere = await mkdtemp(path.join(os.tmpdir(), 'curriculum-cwd-'));
    const result = await checkRepository([path.join(root, 'programs')], { cwd: elsewhere });
    expect(result.diagnostics.find((d) => d.rule === 'orphan-course')?.severity).toBe('error');
    const outside = await loadCheckConfig(path.dirname(root), undefined, '.');
    expect(outside.file).toBeUndefined();
  });

  test('bounds its limits, and falls back to the defaults', async () => {
    const root = await repository({
      'curriculum.config.yaml': 'limits:\n  skills_per_project: { warn_above: 1e308, max: 0 }\n  projects: { min: -1, max: 1001 }\n',
      'p/program.yaml': PROGRAM,
    });
    const result = await checkRepository(['p'], { cwd: root });
    expect(result.diagnostics.filter((d) => d.file === 'curriculum.config.yaml').map((d) => d.message)).toEqual([
      'Field "limits.skills_per_project.warn_above" must be a whole number between 1 and 1000, not "1e+308".',
      'Field "limits.skills_per_project.max" must be a whole number between 1 and 1000, not "0".',
      'Field "limits.projects.min" must be a whole number between 0 and 1000, not "-1".',
      'Field "limits.projects.max" must be a whole number between 1 and 1000, not "1001".',
    ]);
  });

  test('reports its own mistakes as diagnostics on its lines, and falls back to the defaults', async () => {
    const root = await repository({
      'curriculum.config.yaml': 'limits:\n  projects:\n    mni: 1\nrules:\n  schema: off\n  orphan-courses: off\n',
      'p/program.yaml': PROGRAM,
    });
    const result = await checkRepository(['p'], { cwd: root });
    const config = result.diagnostics.filter((d) => d.file === 'curriculum.config.yaml');
    expect(config.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      '3:5 schema Unknown key "mni" in "limits.projects"; did you mean "min"?',
      expect.stringMatching(/^5:3 schema .*"schema"/),
      expect.stringMatching(/^6:3 schema .*"orphan-courses"/),
    ]);
    // The defaults apply: orphan-course and project-count are still reported.
    expect(
      result.diagnostics
        .filter((d) => d.file !== 'curriculum.config.yaml')
        .map((d) => d.rule)
        .sort(),
    ).toEqual(['orphan-course', 'project-count']);
  });

  test('an explicit --config that does not exist stops the command', async () => {
    const root = await repository({ 'p/program.yaml': PROGRAM });
    await expect(loadCheckConfig(root, 'nope.yaml')).rejects.toThrow('Config file "nope.yaml" does not exist.');
  });
});
