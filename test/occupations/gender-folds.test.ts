import { describe, expect, it } from 'vitest';
import { endingFolds, feminineFolds, foldQuery } from '../../src/occupations/gender-folds.js';

describe('feminine folds', () => {
  it('reads the feminine words of gender pairs as their masculine', () => {
    const folds = feminineFolds([
      [
        ['conseiller', 'clientele'],
        ['conseillere', 'clientele'],
      ],
      [['vendeur'], ['vendeuse']],
      [['chef'], ['cheffe']],
    ]);
    expect([...folds]).toEqual([
      ['cheffe', 'chef'],
      ['conseillere', 'conseiller'],
      ['vendeuse', 'vendeur'],
    ]);
  });

  it('folds other words by their feminine ending only when the masculine is a word too', () => {
    const folds = endingFolds(new Set(['immobilier', 'immobiliere', 'sportif', 'sportive', 'machine', 'generale']), new Set());
    expect(folds.get('immobiliere')).toBe('immobilier');
    expect(folds.get('sportive')).toBe('sportif');
    expect(folds.has('machine')).toBe(false);
    expect(folds.has('generale')).toBe(false);
  });

  it('folds a query, each word once, and leaves it alone when nothing changes', () => {
    const folds = new Map([['ingenieure', 'ingenieur']]);
    const query = { tokens: ['ingenieure', 'ingenieur', 'data'], segments: [['ingenieure', 'data'], ['ingenieur']] };
    expect(foldQuery(query, folds)).toEqual({ tokens: ['ingenieur', 'data'], segments: [['ingenieur', 'data'], ['ingenieur']] });
    const plain = { tokens: ['data'], segments: [['data']] };
    expect(foldQuery(plain, folds)).toBe(plain);
  });
});
