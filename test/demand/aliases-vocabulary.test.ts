import { describe, expect, it } from 'vitest';
import { parseAliases } from '../../src/demand/aliases.js';
import { parseVocabulary } from '../../src/demand/vocabulary.js';
import { UserError } from '../../src/errors/user-error.js';

describe('parseAliases', () => {
  it('maps normalised variants of titles and skills to one name', () => {
    const aliases = parseAliases(
      'titles:\n  Data Analyst: [Analyste de données (H/F), analyste data]\nskills:\n  javascript: [JS, ecmascript]\n',
      'aliases.yaml',
    );
    expect(aliases.titles.get('analyste de données')).toBe('data analyst');
    expect(aliases.titles.get('analyste data')).toBe('data analyst');
    expect(aliases.titles.get('data analyst')).toBe('data analyst');
    expect(aliases.skills.get('js')).toBe('javascript');
  });

  it('refuses unknown keys and invalid YAML with one sentence naming the file', () => {
    expect(() => parseAliases('title: {}', 'a.yaml')).toThrow(
      new UserError('Alias file "a.yaml" has unknown key "title" (expected "titles" and "skills").'),
    );
    expect(() => parseAliases('titles: [', 'a.yaml')).toThrow(/^File "a.yaml" is not valid YAML/);
  });
});

describe('parseVocabulary', () => {
  it('finds skills as whole words, by their terms', () => {
    const find = parseVocabulary('skills:\n  sql: [sql, postgresql]\n  power bi: [power bi, powerbi]\n  r:\n  c:\n  c++:\n', 'v.yaml');
    expect(find('Maîtrise de PostgreSQL et de Power  BI; notions de R.').sort()).toEqual(['power bi', 'r', 'sql']);
    expect(find('Rust, C++ and mysql')).toEqual(['c++']);
  });

  it('accepts a plain list of skills', () => {
    expect(parseVocabulary('skills: [Python, Excel]', 'v.yaml')('python and excel')).toEqual(['python', 'excel']);
  });
});
