// One record of the CSV scanner: cells as byte ranges of a buffer, decoded only when asked.

/**
 * One record, valid only during the callback (the scanner reuses it). Cells are given by
 * slot (the order passed to `selectColumns`) as byte ranges of `buf`, quotes excluded.
 */
export class CsvRecord {
  buf: Buffer = Buffer.alloc(0);
  start = new Int32Array(0);
  end = new Int32Array(0);
  /** 1 where the cell is quoted and holds doubled quotes still to undo. */
  escaped = new Uint8Array(0);
  fieldCount = 0;
  /** 1-based line where the record starts. */
  line = 1;
  /** Set when a quoted field is followed by stray characters or is never closed. */
  malformed: string | null = null;
  /** How many slots `values` decodes. */
  width = 0;

  resize(slots: number): void {
    this.width = slots;
    this.start = new Int32Array(slots);
    this.end = new Int32Array(slots);
    this.escaped = new Uint8Array(slots);
  }

  /** The decoded text of a slot ('' for a missing cell). */
  text(slot: number): string {
    const text = this.buf.toString('utf8', this.start[slot], this.end[slot]);
    return this.escaped[slot] ? text.replaceAll('""', '"') : text;
  }

  /** Every slot decoded. */
  get values(): string[] {
    return Array.from({ length: this.width }, (_, slot) => this.text(slot));
  }
}
