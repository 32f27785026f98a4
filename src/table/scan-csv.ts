// A byte-level CSV scanner for UTF-8 input with a one-byte delimiter: it finds delimiter,
// quote and newline bytes, notes where the wanted columns lie and jumps over the others
// (quoted fields with memchr), so long description cells cost almost nothing and nothing
// is decoded unless asked. RFC 4180 quoting with doubled quotes; records end at LF or
// CRLF; blank lines are ignored.
import { UserError } from '../errors/user-error.js';
import { CsvRecord } from './csv-record.js';

export { CsvRecord } from './csv-record.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export type RecordHandler = (record: CsvRecord) => void;

/** Records longer than this are taken for an unclosed quote rather than buffered forever. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;
/** Until `selectColumns`, every column is read: room for this many at first, more when a header is wider. */
const HEADER_WIDTH = 64;
/** What `pushUntil` hands over at a time. */
const PIECE_BYTES = 1 << 16;

export class CsvScanner {
  /** Bytes of an unfinished record waiting at the start of `work`. */
  private pending = 0;
  /** Scan the unfinished record again once `pending` reaches this. */
  private retryAt = 0;
  private line = 1;
  private slots = identity(HEADER_WIDTH);
  private copies: Array<[from: number, to: number]> = [];
  private readonly record = new CsvRecord();
  private work = Buffer.alloc(0);
  private headerMode = true;

  constructor(
    private readonly delimiter: number,
    private readonly onRecord: RecordHandler,
    private readonly fileName = 'input',
  ) {
    this.record.resize(HEADER_WIDTH);
  }

  /** Reads only these columns from now on: `columns[slot]` is a 0-based column index, or -1. */
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
    this.record.resize(columns.length);
    this.headerMode = false;
  }

  push(chunk: Uint8Array): void {
    let buf: Buffer;
    if (this.pending === 0) buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    else {
      // The unfinished record and the new chunk, in a reused buffer: allocating a fresh one
      // per chunk kept the garbage collector busy.
      const length = this.pending + chunk.length;
      this.reserve(length);
      this.work.set(chunk, this.pending);
      this.pending = length;
      // Scanning the unfinished record again on every chunk was quadratic (gzip hands over
      // 16 KiB at a time: 285 s for one 60 MB record). Waiting until it has doubled since
      // the last attempt bounds the rescanning by the record's own length.
      if (length < this.retryAt && length <= MAX_RECORD_BYTES) return;
      buf = this.work.subarray(0, length);
    }
    const consumed = this.scan(buf, false);
    const rest = buf.length - consumed;
    if (rest > MAX_RECORD_BYTES) {
      throw new UserError(
        `File "${this.fileName}" has a record starting on line ${this.line} longer than 64 MiB (probably an unclosed quote).`,
      );
    }
    if (buf.buffer === this.work.buffer) this.work.copyWithin(0, consumed, buf.length);
    else if (rest > 0) {
      this.reserve(rest);
      this.work.set(buf.subarray(consumed), 0);
    }
    this.pending = rest;
    this.retryAt = 2 * rest;
  }

  /**
   * Pushes `bytes` 64 KiB at a time until `enough()`: a sample that needs a file's first
   * records stops there, though the head it was given may be a whole 4 MiB read.
   */
  pushUntil(bytes: Uint8Array, enough: () => boolean): void {
    for (let at = 0; at < bytes.length && !enough(); at += PIECE_BYTES) this.push(bytes.subarray(at, at + PIECE_BYTES));
  }

  end(): void {
    if (this.pending > 0) this.scan(this.work.subarray(0, this.pending), true);
    this.pending = 0;
  }

  /** Makes `work` hold at least `length` bytes, keeping the pending ones. */
  private reserve(length: number): void {
    if (this.work.length >= length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(length, this.work.length * 2));
    bigger.set(this.work.subarray(0, this.pending), 0);
    this.work = bigger;
  }

  /** Scans whole records from `buf`; returns how many bytes were consumed. */
  private scan(buf: Buffer, final: boolean): number {
    const n = buf.length;
    const d = this.delimiter;
    const record = this.record;
    record.buf = buf;
    let pos = 0;
    while (pos < n) {
      const slots = this.slots;
      const { start, end, escaped } = record;
      const width = slots.length;
      start.fill(0);
      end.fill(0);
      escaped.fill(0);
      let i = pos;
      let field = 0;
      let lines = 0;
      let malformed: string | null = null;
      let complete = false;
      for (;;) {
        const slot = field < width ? slots[field]! : -1;
        if (i < n && buf[i] === QUOTE) {
          let j = i + 1;
          let doubled = 0;
          let close = -1;
          for (;;) {
            const q = buf.indexOf(QUOTE, j);
            if (q === -1 || (q + 1 === n && !final)) break;
            if (q + 1 < n && buf[q + 1] === QUOTE) {
              doubled = 1;
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
            start[slot] = i + 1;
            end[slot] = close;
            escaped[slot] = doubled;
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
          let last = j;
          if (last > i && buf[last - 1] === CR && (j === n || buf[j] === LF)) last--;
          if (slot >= 0) {
            start[slot] = i;
            end[slot] = last;
          }
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
      if (this.headerMode && field > slots.length) {
        // A header wider than the room made for it: make room for every field and read it again.
        this.slots = identity(field);
        record.resize(field);
        continue;
      }
      const blank = field === 1 && i - pos <= 2 && (buf[pos] === LF || buf[pos] === CR);
      if (!blank) {
        for (const [from, to] of this.copies) {
          start[to] = start[from]!;
          end[to] = end[from]!;
          escaped[to] = escaped[from]!;
        }
        record.fieldCount = field;
        record.line = this.line;
        record.malformed = malformed;
        if (this.headerMode) record.width = field;
        this.onRecord(record);
      }
      this.line += lines;
      pos = i;
    }
    return pos;
  }
}

/** Slots that read columns 0 to `width - 1` in order. */
function identity(width: number): Int32Array {
  const slots = new Int32Array(width);
  for (let index = 0; index < width; index++) slots[index] = index;
  return slots;
}
