// Opens a delimited text file whatever its shape (gzip, encoding, delimiter) and scans it:
// the header picks the columns to decode, then each record is handed over. Memory stays
// about one chunk (records are never collected). A Parquet file goes to scan-parquet.ts,
// imported only then, which hands over the same records.
import { open, stat } from 'node:fs/promises';
import { UserError } from '../errors/user-error.js';
import { type ByteChunks, gunzip, isGzip, peekBytes, toUtf8 } from './byte-streams.js';
import { detectDelimiter } from './detect-dialect.js';
import { detectEncoding, type Encoding, looksBinary } from './detect-encoding.js';
import { type CsvRecord, CsvScanner } from './scan-csv.js';

/** A named byte stream: a file, stdin, or a test's buffer. */
export interface TableSource {
  name: string;
  open: () => ByteChunks;
  /** The file's path, when it is a file: what a Parquet file, read by random access, needs. */
  path?: string;
}

export interface DialectOptions {
  delimiter?: string;
  encoding?: Encoding;
  onProgress?: (bytes: number) => void;
}

export interface TableHandlers {
  /**
   * Called before any record, with the header and the first records that fit in the head of
   * the file (every column decoded), for a decision to make before reading on (the language
   * of the titles, say). Both are empty when the header alone is longer than the head.
   */
  prepare?: (fields: string[], sample: string[][]) => Promise<void>;
  /** Returns the 0-based columns to decode, in the slot order records will carry. */
  header: (fields: string[]) => number[];
  /** A record with the header's field count and no quoting defect. */
  record: (record: CsvRecord) => void;
  /** A record that cannot be read; `line` is 1-based. */
  skip: (line: number, reason: string) => void;
}

const HEAD_BYTES = 1 << 16;
/** Records a head sample holds at most, the header not counted. */
const SAMPLE_RECORDS = 200;

/** The header and the records after it among the first bytes of a file, whole records only. */
function sampleRecords(head: Buffer, delimiter: string): string[][] {
  const records: string[][] = [];
  const scanner = new CsvScanner(delimiter.charCodeAt(0), (record) => {
    const width = records[0]?.length ?? record.fieldCount;
    if (records.length <= SAMPLE_RECORDS && !record.malformed && record.fieldCount === width) records.push(record.values);
  });
  scanner.pushUntil(head, () => records.length > SAMPLE_RECORDS);
  return records;
}

export async function scanTable(source: TableSource, options: DialectOptions, handlers: TableHandlers): Promise<string[]> {
  if (source.path !== undefined && (await isParquetFile(source.path))) {
    const { scanParquet } = await import('./scan-parquet.js');
    return scanParquet(source.name, source.path, handlers, options.onProgress);
  }
  let header: string[] | undefined;
  let width = 0;
  try {
    const raw = await peekBytes(source.open(), HEAD_BYTES);
    if (raw.head.subarray(0, 4).equals(PARQUET_MAGIC)) {
      throw new UserError(`"${source.name}" is a Parquet file: give its path rather than piping it (Parquet is read from its end).`);
    }
    const bytes = isGzip(raw.head) ? await peekBytes(gunzip(raw.all), HEAD_BYTES) : raw;
    if (options.encoding === undefined && looksBinary(bytes.head)) {
      throw new UserError(`File "${source.name}" is not a CSV or TSV export: it looks binary (a spreadsheet? save it as CSV).`);
    }
    const text = await peekBytes(toUtf8(bytes.all, options.encoding ?? detectEncoding(bytes.head)), HEAD_BYTES);
    const delimiter = options.delimiter ?? detectDelimiter(text.head);
    if (handlers.prepare) {
      const [fields = [], ...sample] = sampleRecords(text.head, delimiter);
      await handlers.prepare(fields, sample);
    }
    const scanner = new CsvScanner(
      delimiter.charCodeAt(0),
      (record) => {
        if (!header) {
          header = record.values;
          width = record.fieldCount;
          scanner.selectColumns(handlers.header(header));
        } else if (record.malformed) handlers.skip(record.line, record.malformed);
        else if (record.fieldCount !== width) {
          const fields = `${record.fieldCount} field${record.fieldCount === 1 ? '' : 's'}`;
          handlers.skip(record.line, `it has ${fields} where the header has ${width}`);
        } else handlers.record(record);
      },
      source.name,
    );
    for await (const chunk of text.all) {
      scanner.push(chunk);
      options.onProgress?.(chunk.length);
    }
    scanner.end();
  } catch (error) {
    // Only failures of the file system or of gzip are the input's; anything else is a bug.
    if (!isReadFailure(error)) throw error;
    throw new UserError(`Cannot read "${source.name}": ${describeReadError(error)}.`);
  }
  if (!header) throw new UserError(`File "${source.name}" is empty: it has no header row.`);
  return header;
}

const PARQUET_MAGIC = Buffer.from('PAR1');

/**
 * A regular file that starts as Parquet files do; false when it cannot be opened (the text
 * path then says why). A pipe (`<(zcat x.csv.gz)`) is never opened here: its bytes would be lost.
 */
async function isParquetFile(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.equals(PARQUET_MAGIC);
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

const READ_ERRORS = new Map([
  ['ENOENT', 'no such file'],
  ['EACCES', 'permission denied'],
  ['EISDIR', 'it is a directory'],
  ['Z_DATA_ERROR', 'the gzip data is corrupt'],
  ['Z_BUF_ERROR', 'the gzip data is truncated'],
]);

/** An error of the file system (`ENOENT`, `EIO`...) or of zlib (`Z_DATA_ERROR`...), which carries a code. */
function isReadFailure(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^(E[A-Z]+|Z_[A-Z_]+)$/.test(code);
}

function describeReadError(error: NodeJS.ErrnoException): string {
  return (error.code !== undefined && READ_ERRORS.get(error.code)) || error.message;
}
