import { describe, expect, it } from 'vitest';
import { detectTitleLanguage } from '../../src/occupations/index.js';

describe('detectTitleLanguage', () => {
  it('finds French exports, even when they mix English titles in', () => {
    expect(
      detectTitleLanguage(['Développeur Java (H/F)', 'Chef de projet', 'Data Engineer', 'Software Engineer H/F', 'Product Owner']),
    ).toBe('fr');
    expect(detectTitleLanguage(['Comptable', 'Chargée de recrutement', 'Vendeuse en boulangerie'])).toBe('fr');
  });

  it('finds English exports', () => {
    const titles = [
      'Registered Nurse',
      'Software Engineer',
      'Sales Associate',
      'Cook',
      'Accountant',
      'Welder',
      'Data Analyst',
      'Cashier',
      'Attorney',
    ];
    expect(detectTitleLanguage([...titles, 'Chef de Cuisine'])).toBe('en');
    expect(detectTitleLanguage([])).toBe('en');
  });

  it('reads only the first titles of a long file', () => {
    function* titles() {
      for (let i = 0; i < 2000; i++) yield 'Registered Nurse';
      for (;;) yield 'Développeur';
    }
    expect(detectTitleLanguage(titles())).toBe('en');
  });
});
