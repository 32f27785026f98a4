// The cell of a --count-column: how many postings a row stands for.

/** Digits once spaces are gone (`1 036`), and `.0` as pandas writes the integers of a column with gaps. */
const COUNT = /^\d+(\.0+)?$/;

/**
 * The count in `text` (trimmed), or why a record holding it is skipped. Stricter than `Number`,
 * which also takes `0x10`, `1e3` and counts past 2^53 that no longer add up.
 */
export function countOf(text: string): number | string {
  const digits = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!COUNT.test(digits)) return `its count "${text}" is not a whole number`;
  const count = Number(digits);
  return Number.isSafeInteger(count) ? count : `its count "${text}" is too large`;
}
