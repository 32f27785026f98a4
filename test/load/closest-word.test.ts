import { describe, expect, it } from 'vitest';
import { closestWord, editDistance } from '../../src/load/closest-word.js';

describe('closestWord', () => {
  it('suggests likely typos, swaps included', () => {
    expect(closestWord('nmae', ['id', 'name', 'ref'])).toBe('name');
    expect(closestWord('skils', ['program', 'skills', 'projects'])).toBe('skills');
    expect(closestWord('Title', ['title'])).toBe('title');
    expect(closestWord('to_produce', ['to-produce', 'existing'])).toBe('to-produce');
  });

  it('suggests nothing when nothing is close', () => {
    expect(closestWord('colour', ['id', 'name', 'ref', 'market_share'])).toBeUndefined();
    expect(closestWord('ab', ['id'])).toBeUndefined();
  });

  it('measures edits', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'acb')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
