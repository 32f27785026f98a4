import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { parseOccupationMap } from '../../src/occupations/index.js';

describe('parseOccupationMap', () => {
  it('maps normalised titles to codes', () => {
    const map = parseOccupationMap('Travel RN: 29-1141\n"growth  hacker": M1705\nnumeric: 1234\n', 'map.yaml');
    expect([...map]).toEqual([
      ['travel rn', '29-1141'],
      ['growth hacker', 'M1705'],
      ['numeric', '1234'],
    ]);
  });

  it('reads an empty file as no override', () => {
    expect(parseOccupationMap('', 'map.yaml').size).toBe(0);
    expect(parseOccupationMap('# nothing yet\n', 'map.yaml').size).toBe(0);
  });

  it.each([
    ['- a\n- b\n', 'File "map.yaml" must be a mapping from job title to occupation code, such as "travel rn: 29-1141".'],
    ['a: [1, 2]\n', 'File "map.yaml", line 1: the occupation code of "a" must be one code, such as 29-1141 or M1805.'],
    ['a: 1\nb:\n', 'File "map.yaml", line 2: the occupation code of "b" must be one code, such as 29-1141 or M1805.'],
    ['a: 1\nA: 2\n', 'File "map.yaml", line 2: "a" maps to "2" here but to "1" on line 1.'],
    ['a: 1\na: 2\n', 'File "map.yaml", line 2 is not valid YAML'],
    ['a: [1\n', 'is not valid YAML'],
    ['? [x]\n: 1\n', 'File "map.yaml", line 1: a job title must be plain text.'],
  ])('refuses %j in one sentence naming the file', (text, message) => {
    expect(() => parseOccupationMap(text, 'map.yaml')).toThrow(UserError);
    expect(() => parseOccupationMap(text, 'map.yaml')).toThrow(message);
  });
});
