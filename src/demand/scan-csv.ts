// A byte-level CSV scanner for UTF-8 input with a one-byte delimiter: it finds delimiter,
// quote and newline bytes, decodes only the wanted columns and jumps over the others
// (quoted fields with memchr), so long description cells cost almost nothing.
// RFC 4180 quoting with doubled quotes; records end at LF or CRLF; blank lines are ignored.
import { UserError } from '../errors.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** One record: the wanted columns' values (by slot), its field count and 1-based first line. */
export interface ScannedRecord {
  values: string[];
  fieldCount: number;
  line: number;
  /** Set when a quoted field is followed by stray characters or is never closed. */
  malformed: string | null;
}

export type RecordHandler = (record: ScannedRecord) => void;

/** Records longer than this are taken for an unclosed quote rather than buffered forever. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export class CsvScanner {
  private carry: Buffer | null = null;
  private line = 1;
  private slots = new Int32Array(0);
  private allColumns = true;
  private slotCount = 0;
  private copies: Array<[from: number, to: number]> = [];

  constructor(
    private readonly delimiter: number,
    private readonly onRecord: RecordHandler,
    private readonly fileName = 'input',
  ) {}

  /** Decodes only these columns from now on: `columns[slot]` is a 0-based column index. */
  selectColumns(columns: readonly number[]): void {
    const width = Math.max(0, ...columns) + 1;
    this.slots = new Int32Array(width).fill(-1);
    this.copies = [];
    columns.forEach((column, slot) => {
      if (column < 0) return;
      const first = this.slots[column]!;
      if (first >= 0) this.copies.push([first, slot]);
      else this.slots[column] = slot;
    });
    this.slotCount = columns.length;
    this.allColumns = false;
  }

  push(chunk: Uint8Array): void {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    const consumed = this.scan(buf, false);
    this.carry = consumed < buf.length ? buf.subarray(consumed) : null;
    if (this.carry && this.carry.length > MAX_RECORD_BYTES) {
      throw new UserError(`File "${this.fileName}" has a record starting on line ${this.line} longer than 64 MiB (probably an unclosed quote).`);
    }
  }

  end(): void {
    if (this.carry) this.scan(this.carry, true);
    this.carry = null;
  }

  /** Scans whole records from `buf`; returns how many bytes were consumed. */
  private scan(buf: Buffer, final: boolean): number {
    const n = buf.length;
    const d = this.delimiter;
    let pos = 0;
    while (pos < n) {
      const all = this.allColumns;
      const slots = this.slots;
      const width = slots.length;
      let i = pos;
      let field = 0;
      let lines = 0;
      let malformed: string | null = null;
      const values: string[] = all ? [] : new Array<string>(this.slotCount).fill('');
      let complete = false;
      for (;;) {
        const slot = all ? field : field < width ? slots[field]! : -1;
        if (i < n && buf[i] === QUOTE) {
          let j = i + 1;
          let escaped = false;
          let close = -1;
          for (;;) {
            const q = buf.indexOf(QUOTE, j);
            if (q === -1 || (q + 1 === n && !final)) break;
            if (q + 1 < n && buf[q + 1] === QUOTE) {
              escaped = true;
              j = q + 2;
              continue;
            }
            close = q;
            break;
          }
          if (close === -1) {
            if (!final) break;
            malformed = 'a quoted field is never closed';
            close = n;
          }
          for (let k = buf.indexOf(LF, i); k !== -1 && k < close; k = buf.indexOf(LF, k + 1)) lines++;
          if (slot >= 0) {
            const text = buf.toString('utf8', i + 1, close);
            values[slot] = escaped ? text.replaceAll('""', '"') : text;
          }
          i = Math.min(close + 1, n);
          if (i < n && buf[i] !== d && buf[i] !== LF && !(buf[i] === CR && (i + 1 === n || buf[i + 1] === LF))) {
            malformed ??= `field ${field + 1} has characters after its closing quote`;
            while (i < n && buf[i] !== d && buf[i] !== LF) i++;
          }
          if (i + 1 >= n && i < n && buf[i] === CR && !final) break;
        } else {
          let j = i;
          while (j < n) {
            const c = buf[j];
            if (c === d || c === LF) break;
            j++;
          }
          if (j === n && !final) break;
          let end = j;
          if (end > i && buf[end - 1] === CR && (j === n || buf[j] === LF)) end--;
          if (slot >= 0) values[slot] = end > i ? buf.toString('utf8', i, end) : '';
          i = j;
        }
        field++;
        if (i >= n) {
          complete = true;
          break;
        }
        const c = buf[i];
        if (c === d) {
          i++;
          continue;
        }
        if (c === CR) i++;
        if (buf[i] === LF) i++;
        lines++;
        complete = true;
        break;
      }
      if (!complete) break;
      const blank = field === 1 && i - pos <= 2 && (buf[pos] === LF || buf[pos] === CR || pos === n);
      for (const [from, to] of this.copies) values[to] = values[from]!;
      if (!blank) this.onRecord({ values, fieldCount: field, line: this.line, malformed });
      this.line += lines;
      pos = i;
    }
    return pos;
  }
}
