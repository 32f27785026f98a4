import { describe, expect, it } from 'vitest';
import { compactTitles } from '../../src/occupations/compact-titles.js';
import { TitleIndex } from '../../src/occupations/title-index.js';
import { queryWords } from '../../src/occupations/title-tokens.js';

const titles = [
  { key: 'registered nurse', leaves: [0], headLast: true },
  { key: 'nurse', leaves: [0], headLast: true },
  { key: 'materials engineer', leaves: [1], headLast: true },
  { key: 'software engineer', leaves: [2], headLast: true },
  { key: 'engineer', leaves: [], headLast: true },
  { key: 'ingenieur logiciel', leaves: [2], headLast: false },
];
const index = new TitleIndex(compactTitles(titles));
const search = (cleaned: string) =>
  index.search(queryWords(cleaned)).map(({ title, score }) => [index.keyOf(title), Number(score.toFixed(3))]);

describe('TitleIndex', () => {
  it('looks titles up exactly, and only exactly', () => {
    expect(index.exact('registered nurse')).toBe(0);
    expect(index.exact('nurse registered')).toBeUndefined();
    expect(index.exact('registered')).toBeUndefined();
    expect(index.exact('unknown words')).toBeUndefined();
    expect([...index.leavesOf(4)]).toEqual([]);
    expect(index.isHeadLast(5)).toBe(false);
  });

  it('scores titles sharing the head noun, the closest first', () => {
    const found = search('registered nurse - med surg');
    expect(found[0]![0]).toBe('registered nurse');
    expect(found[0]![1]).toBeGreaterThan(0.95);
    expect(search('registered nurse')[0]).toEqual(['registered nurse', 1]);
    expect(found.map(([key]) => key)).toContain('nurse');
    expect(search('med surg')).toEqual([]);
  });

  it('only visits titles whose head noun is in the query', () => {
    expect(search('software bom engineer').map(([key]) => key)).toEqual(['software engineer', 'engineer']);
    expect(search('ingenieur logiciel embarque')[0]![0]).toBe('ingenieur logiciel');
  });

  it('counts how often the taxonomy uses a title inside longer ones', () => {
    expect(index.titlesContaining('nurse', true).map((title) => index.keyOf(title))).toEqual(['registered nurse', 'nurse']);
    expect(index.titlesContaining('registered nurse', true)).toEqual([0]);
  });
});
