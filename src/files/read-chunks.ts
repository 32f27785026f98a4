// A file read as byte chunks, each a view of a buffer of its own.
import { open } from 'node:fs/promises';

/** Bytes per chunk: 4 MiB, measured faster than 1 MiB on the 1 GB benchmark export (bench/README.md). */
const CHUNK_BYTES = 1 << 22;

/**
 * The bytes of a file, a full chunk at a time (the last one shorter). fs.createReadStream
 * copies a short read into a buffer of its size; an export smaller than one chunk, as most
 * real ones are, would be copied whole before it is scanned. Reads from a pipe are gathered
 * until the chunk is full, so small reads never hold a large buffer each.
 */
export async function* readChunks(file: string, size = CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafeSlow(size);
      let filled = 0;
      while (filled < size) {
        const { bytesRead } = await handle.read(buffer, filled, size - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled > 0) yield buffer.subarray(0, filled);
      if (filled < size) return;
    }
  } finally {
    await handle.close();
  }
}
