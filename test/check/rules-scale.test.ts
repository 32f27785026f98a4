// Rules on programs far larger than real ones: they must neither crash nor take quadratic
// time or output (a hostile or generated file must not stall CI).
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/check/config.js';
import { prerequisiteCycle } from '../../src/check/rules/prerequisite-cycle.js';
import { unknownReference } from '../../src/check/rules/unknown-reference.js';
import { closestWordFinder } from '../../src/load/closest-word.js';
import type { ProgramModel } from '../../src/load/types.js';

function model(projects: { id: string; requires?: string[]; skills?: string[] }[], skills: string[] = []): ProgramModel {
  return {
    program: { id: 'p' },
    skills: skills.map((id, index) => ({ value: { id, name: id }, index, valid: true })),
    projects: projects.map((value, index) => ({ value, index, valid: true })),
    courses: [],
  };
}

const check = (rule: typeof prerequisiteCycle, program: ProgramModel) => rule.check!({ model: program, config: DEFAULT_CONFIG });

describe('prerequisite-cycle at scale', () => {
  it('walks a chain of 20,000 prerequisites without overflowing the stack', () => {
    const count = 20_000;
    const projects = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, requires: i + 1 < count ? [`p${i + 1}`] : [] }));
    expect(check(prerequisiteCycle, model(projects))).toEqual([]);
    projects[count - 1]!.requires = ['p0'];
    expect(check(prerequisiteCycle, model(projects))).toHaveLength(count);
  });

  it('names at most ten projects of a huge cycle in each message', () => {
    const count = 1000;
    const projects = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, requires: [`p${(i + 1) % count}`] }));
    const findings = check(prerequisiteCycle, model(projects));
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
    const findings = check(unknownReference, model([{ id: 'a', skills: references }], skills));
    expect(findings).toHaveLength(301);
    expect(findings.at(-1)!.message).toBe('Project "a" names unknown skill "skil-7". Did you mean "skill-7"?');
  });

  it('reports thousands of unknown references to thousands of skills in linear time', () => {
    // Every pair is within two characters of length: comparing them all took 36 s for 4,000.
    const skills = Array.from({ length: 5000 }, (_, i) => `skill-${i}`);
    const references = Array.from({ length: 5000 }, (_, i) => `other-${i}`);
    expect(check(unknownReference, model([{ id: 'a', skills: references }], skills))).toHaveLength(5000);
  });

  it('stops hinting once its budget is spent, instead of taking quadratic time', () => {
    const closest = closestWordFinder(['abcd', 'abce'], 20);
    expect(closest('abcf')).toBe('abcd');
    expect(closest('abcf')).toBe('abcd'); // answered from the cache
    expect(closest('abcg')).toBeUndefined();
  });
});
