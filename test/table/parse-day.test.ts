import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from '../../src/table/parse-day.js';

describe('parseDay', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T23:59:59Z', '2024-03-05'],
    ['2024-3-5 10:00', '2024-03-05'],
    ['05/03/2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['1709596800', '2024-03-05'],
    ['1709596800000', '2024-03-05'],
    ['1709596800.0', '2024-03-05'],
  ])('%j is %s', (text, day) => {
    expect(formatDay(parseDay(text)!)).toBe(day);
  });

  it.each(['', 'yesterday', '2024-02-30', '31/13/2024', '12345'])('%j is not a date', (text) => {
    expect(parseDay(text)).toBeNull();
  });
});
