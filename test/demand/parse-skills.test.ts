import { describe, expect, it } from 'vitest';
import { parseSkills } from '../../src/demand/parse-skills.js';

describe('parseSkills', () => {
  it.each([
    ["['python', 'sql', 'c']", ['python', 'sql', 'c']],
    ['["Power BI", "SQL"]', ['power bi', 'sql']],
    ["['c, c++', 'java']", ['c, c++', 'java']],
    ['Python; SQL ;  Power  BI', ['python', 'sql', 'power bi']],
    ['python|sql|python', ['python', 'sql']],
    ['Python, SQL', ['python', 'sql']],
    ['[python, sql]', ['python', 'sql']],
    ['[]', []],
    ['  ', []],
    ['excel;;', ['excel']],
  ])('%j -> %j', (cell, skills) => {
    expect(parseSkills(cell)).toEqual(skills);
  });
});
