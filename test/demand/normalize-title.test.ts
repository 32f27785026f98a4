import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../../src/demand/normalize-title.js';

describe('normalizeTitle', () => {
  it.each([
    ['Data Analyst Confirmé (H/F)', 'data analyst'],
    ['  Senior   Software Engineer ', 'software engineer'],
    ['DATA Architecte H/F', 'data architecte'],
    ['Développeur Java - H/F', 'développeur java'],
    ['Ingénieur DevOps Senior H/F', 'ingénieur devops'],
    ['Softwareentwickler (m/w/d)', 'softwareentwickler'],
    ['Sr. Data Scientist', 'data scientist'],
    ['Jr Data Scientist', 'data scientist'],
    ['Chef de projet (H/F/X)', 'chef de projet'],
    ['Chargée de recrutement (F/H)', 'chargée de recrutement'],
    ['Expérimentée comptable', 'comptable'],
    ['Débutante vendeuse', 'vendeuse'],
    ['Experimente Plombier h-f', 'plombier'],
    ['Confirmée Juriste (m/f)', 'juriste'],
    ['Ｄａｔａ　Ａｎａｌｙｓｔ', 'data analyst'],
    ['UX/UI Designer', 'ux/ui designer'],
    ['C/C++ developer', 'c/c++ developer'],
    ['Junior', 'junior'],
    ['Seniors Advisor', 'seniors advisor'],
    ['(H/F)', ''],
  ])('%j -> %j', (title, career) => {
    expect(normalizeTitle(title)).toBe(career);
  });

  it('returns trimmed lower-case text with single spaces and no gender marker, whatever the input', () => {
    const piece = fc.constantFrom(
      'Data',
      'analyst',
      ' ',
      '  ',
      '\t',
      '(H/F)',
      'h/f',
      'F/H',
      '(m/w/d)',
      'Senior',
      'junior',
      'Confirmée',
      'é',
      'ß',
      'Ⅳ',
      '-',
      '/',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const career = normalizeTitle(pieces.join(''));
        expect(career).toBe(career.trim());
        expect(career).not.toMatch(/\s{2}|[\t\n]/);
        expect(career).toBe(career.toLowerCase());
        expect(career).not.toMatch(/\(h\/f\)|\(m\/w\/d\)|(^|\s)(h\/f|f\/h)(\s|$)/);
      }),
      { numRuns: 1000 },
    );
  });
});
