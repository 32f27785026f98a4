// Which delimiter an export uses: the candidate that splits the first records into the
// most consistent number of fields (quote-aware, so commas inside descriptions do not count).
import { CsvScanner } from './scan-csv.js';

/** Candidates in order of preference when two score the same. `~` is used by a real board export. */
const DELIMITERS = [',', ';', '\t', '|', '~'] as const;

const SAMPLE_RECORDS = 50;

/** Picks the delimiter of a UTF-8 sample (the first bytes of the file). */
export function detectDelimiter(sample: Buffer): string {
  let best: { delimiter: string; score: number; width: number } = { delimiter: ',', score: 0, width: 1 };
  for (const delimiter of DELIMITERS) {
    const counts: number[] = [];
    const scanner = new CsvScanner(delimiter.charCodeAt(0), (record) => {
      if (counts.length < SAMPLE_RECORDS) counts.push(record.fieldCount);
    });
    scanner.selectColumns([]);
    scanner.pushUntil(sample, () => counts.length >= SAMPLE_RECORDS);
    if (counts.length === 0) scanner.end();
    const width = counts[0] ?? 1;
    if (width < 2) continue;
    const consistent = counts.filter((count) => count === width).length / counts.length;
    const score = consistent * 1000 + Math.min(width, 999);
    if (score > best.score) best = { delimiter, score, width };
  }
  return best.delimiter;
}

/** Delimiters by name; a `Map`, so `--delimiter constructor` is an unknown name, not `Object`. */
const NAMED_DELIMITERS = new Map([
  ['tab', '\t'],
  ['\\t', '\t'],
  ['comma', ','],
  ['semicolon', ';'],
  ['pipe', '|'],
  ['tilde', '~'],
]);

/** Reads a `--delimiter` value: one ASCII character, or the words `tab`, `\t`, `comma`, `semicolon`, `pipe`, `tilde`. */
export function parseDelimiterOption(value: string): string | undefined {
  const delimiter = NAMED_DELIMITERS.get(value.toLowerCase()) ?? value;
  return delimiter.length === 1 && delimiter.charCodeAt(0) < 128 && !'"\r\n'.includes(delimiter) ? delimiter : undefined;
}
