// Random valid CSV documents for the property tests of the scanner, with the table they hold.
import fc from 'fast-check';

const cell = fc.string({
  unit: fc.constantFrom('a', 'b', 'Z', ' ', ',', ';', '\t', '|', '~', '"', '\n', '\r\n', 'é', '€', '😀', 'ﬁ'),
  maxLength: 8,
});
const delimiter = fc.constantFrom(',', ';', '\t', '|', '~');

/** A valid CSV document: quoted where needed (and sometimes where not), LF or CRLF line ends. */
export const csvDocument = fc
  .record({
    width: fc.integer({ min: 1, max: 5 }),
    rows: fc.integer({ min: 1, max: 8 }),
    delimiter,
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
    seed: fc.array(fc.tuple(cell, fc.boolean()), { minLength: 40, maxLength: 40 }),
  })
  .map(({ width, rows, delimiter, crlf, finalNewline, seed }) => {
    const table = Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => seed[(r * width + c) % seed.length]!));
    const quote = ([text, force]: [string, boolean]) =>
      force || text === '' || /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
    const text =
      table.map((row) => row.map(quote).join(delimiter)).join(crlf ? '\r\n' : '\n') + (finalNewline ? (crlf ? '\r\n' : '\n') : '');
    const serialized = table.map((row) => row.map(quote).join(delimiter));
    const lines = serialized.map((_, r) => 1 + serialized.slice(0, r).reduce((sum, row) => sum + row.split('\n').length, 0));
    return { text, delimiter, lines, table: table.map((row) => row.map(([value]) => value)) };
  });
