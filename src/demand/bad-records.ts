// A file whose records are mostly unreadable is a wrong reading (a forced wrong encoding or
// delimiter, a damaged export), not data: past a share of skipped records, reading stops.
import { UserError } from '../errors/user-error.js';
import { plural } from '../text/plural.js';

const REASONS_SHOWN = 3;

export class BadRecords {
  /** Records handed over by the scanner (read whole, whatever their content). */
  private handed = 0;
  /** Records the scanner could not even split (a quoting defect, a wrong field count). */
  private unsplit = 0;
  private skipped = 0;
  private readonly first: { line: number; reason: string }[] = [];

  constructor(
    private readonly file: string,
    /** Share of records that may be skipped, 0 to 1. */
    private readonly maxShare: number,
  ) {}

  /** A record the scanner handed over. */
  read(): void {
    this.handed++;
  }

  /** A record that cannot be read; `unsplit` when the scanner never handed it over. */
  skip(line: number, reason: string, unsplit: boolean): void {
    this.skipped++;
    if (unsplit) this.unsplit++;
    if (this.first.length < REASONS_SHOWN) this.first.push({ line, reason });
  }

  /** Records of the file, read or skipped: 0 for a header and nothing under it. */
  get records(): number {
    return this.handed + this.unsplit;
  }

  /** Throws when more than the allowed share of the file's records were skipped. */
  check(): void {
    const total = this.records;
    if (total === 0 || this.skipped / total <= this.maxShare) return;
    const reasons = this.first.map(({ line, reason }) => `line ${line} (${reason})`).join(', ');
    const limit = `${Math.round(this.maxShare * 1000) / 10}%`;
    throw new UserError(
      `${this.skipped} of the ${plural(total, 'record')} of "${this.file}" cannot be read, more than ${limit}: ${reasons}; check --delimiter and --encoding, or allow more with --max-skipped.`,
    );
  }
}
