// Bad records are counted, never fatal; the first few are kept to tell the user where.

export interface SkippedRecord {
  file: string;
  /** 1-based line where the record starts. */
  line: number;
  reason: string;
}

const SKIPS_SHOWN = 5;

export class SkipLog {
  count = 0;
  readonly first: SkippedRecord[] = [];

  handler(file: string): (line: number, reason: string) => void {
    return (line, reason) => {
      this.count++;
      if (this.first.length < SKIPS_SHOWN) this.first.push({ file, line, reason });
    };
  }
}

/** One line for stderr, or nothing. */
export function summarizeSkips(log: SkipLog): string[] {
  if (log.count === 0) return [];
  const shown = log.first.map((skip) => `"${skip.file}" line ${skip.line} (${skip.reason})`);
  const more = log.count > shown.length ? `; and ${log.count - shown.length} more` : '';
  return [`Skipped ${log.count} bad record${log.count === 1 ? '' : 's'}: ${shown.join('; ')}${more}.`];
}
