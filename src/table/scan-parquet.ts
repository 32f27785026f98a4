// Parquet files read through the same handlers as the CSV scanner: the top-level columns are
// the header, and each row becomes a `CsvRecord` whose wanted cells are written as UTF-8
// bytes into one reused buffer, so everything downstream reads Parquet and CSV alike.
// hyparquet (pure JS) decodes one row group at a time, only the wanted columns: memory
// grows with a row group, never with the file. Loaded only when a Parquet file is read.
import { open } from 'node:fs/promises';
import { type AsyncBuffer, type FileMetaData, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { UserError } from '../errors/user-error.js';
import { CsvRecord } from './csv-record.js';
import { encodeCell } from './parquet-cell.js';
import type { TableHandlers } from './scan-table.js';

/** Rows of the head sample (as `scanTable` gives), the header not counted. */
const SAMPLE_ROWS = 200;

/** Dates as the CSV equivalent writes them; strings kept as bytes (copied, never decoded). */
const PARSERS = {
  dateFromDays: (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10),
  timestampFromMilliseconds: (value: bigint) => isoTime(Number(value)),
  timestampFromMicroseconds: (value: bigint) => isoTime(Number(value / 1000n)),
  timestampFromNanoseconds: (value: bigint) => isoTime(Number(value / 1_000_000n)),
  stringFromBytes: (bytes: Uint8Array) => bytes,
};

function isoTime(milliseconds: number): string {
  const date = new Date(milliseconds);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** Reads a Parquet file; returns its column names. A row's `line` is its 1-based number plus one (the line of a CSV export of it). */
export async function scanParquet(
  name: string,
  file: string,
  handlers: TableHandlers,
  onProgress?: (bytes: number) => void,
): Promise<string[]> {
  const handle = await open(file, 'r');
  try {
    const buffer = await fileBuffer(handle);
    const metadata = await parquetMetadataAsync(buffer).catch((error: unknown) => {
      throw notParquet(name, error);
    });
    const header = parquetSchema(metadata).children.map((child) => child.element.name);
    const columns = handlers.header(header);
    const wanted = [...new Set(columns.filter((column) => column >= 0))];
    const read = (rowStart: number, rowEnd: number, onRow: (row: unknown[], index: number) => void) =>
      readRows(
        name,
        buffer,
        metadata,
        wanted.map((column) => header[column]!),
        rowStart,
        rowEnd,
        onRow,
      );
    if (handlers.prepare) {
      const sample: string[][] = [];
      await read(0, Math.min(SAMPLE_ROWS, Number(metadata.num_rows)), (row) => {
        const cells = header.map(() => '');
        wanted.forEach((column, index) => {
          cells[column] = new TextDecoder().decode(encodeCell(row[index]));
        });
        sample.push(cells);
      });
      await handlers.prepare(header, sample);
    }
    const record = new CsvRecord();
    record.resize(columns.length);
    record.fieldCount = header.length;
    const slotOf = columns.map((column) => wanted.indexOf(column));
    let work: Buffer = Buffer.alloc(1 << 16);
    let rowStart = 0;
    for (const group of metadata.row_groups) {
      const rowEnd = rowStart + Number(group.num_rows);
      await read(rowStart, rowEnd, (row, index) => {
        let length = 0;
        for (let slot = 0; slot < slotOf.length; slot++) {
          const at = slotOf[slot]!;
          const bytes = at < 0 ? EMPTY : encodeCell(row[at]);
          if (length + bytes.length > work.length) work = grow(work, length, length + bytes.length);
          work.set(bytes, length);
          record.start[slot] = length;
          length += bytes.length;
          record.end[slot] = length;
        }
        record.buf = work;
        record.line = rowStart + index + 2;
        handlers.record(record);
      });
      rowStart = rowEnd;
      onProgress?.(Number(group.total_compressed_size ?? group.total_byte_size));
    }
    return header;
  } finally {
    await handle.close();
  }
}

const EMPTY = new Uint8Array(0);

function grow(work: Buffer, keep: number, needed: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.max(needed, work.length * 2));
  work.copy(bigger, 0, 0, keep);
  return bigger;
}

async function readRows(
  name: string,
  file: AsyncBuffer,
  metadata: FileMetaData,
  columns: string[],
  rowStart: number,
  rowEnd: number,
  onRow: (row: unknown[], index: number) => void,
): Promise<void> {
  if (rowEnd <= rowStart) return;
  let rows: unknown[][] = [];
  await parquetRead({
    file,
    metadata,
    columns,
    rowStart,
    rowEnd,
    compressors,
    parsers: PARSERS,
    rowFormat: 'array',
    onComplete: (result) => {
      rows = result;
    },
  }).catch((error: unknown) => {
    throw notParquet(name, error);
  });
  rows.forEach((row, index) => {
    onRow(row, index);
  });
}

/** A file handle as hyparquet's random-access buffer. */
async function fileBuffer(handle: Awaited<ReturnType<typeof open>>): Promise<AsyncBuffer> {
  const { size } = await handle.stat();
  return {
    byteLength: size,
    async slice(start: number, end = size) {
      const bytes = new Uint8Array(end - start);
      let done = 0;
      while (done < bytes.length) {
        const { bytesRead } = await handle.read(bytes, done, bytes.length - done, start + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return bytes.buffer;
    },
  };
}

function notParquet(name: string, error: unknown): UserError | unknown {
  if (!(error instanceof Error) || error instanceof UserError) return error;
  // hyparquet's errors say what is wrong with the file ("parquet file invalid", "unsupported codec").
  return new UserError(`Cannot read "${name}" as Parquet: ${error.message.replace(/\.$/, '')}.`);
}
