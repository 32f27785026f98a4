// Small async-iterable plumbing for byte streams: peeking at the head, gunzip, transcoding.
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Encoding } from './detect-encoding.js';

export type ByteChunks = AsyncIterable<Uint8Array>;

/** Reads at least `size` bytes (fewer at end of input) and returns them with the whole stream. */
export async function peekBytes(chunks: ByteChunks, size: number): Promise<{ head: Buffer; all: ByteChunks }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    length += next.value.length;
  }
  // One chunk (a whole small export, read at once) is the head as it is: no copy.
  const only = seen.length === 1 ? seen[0]! : undefined;
  const head = only ? Buffer.from(only.buffer, only.byteOffset, only.byteLength) : Buffer.concat(seen);
  async function* all(): ByteChunks {
    if (head.length) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, all: all() };
}

export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

export async function* gunzip(chunks: ByteChunks): ByteChunks {
  const inflater = createGunzip();
  const input = Readable.from(chunks, { objectMode: false });
  input.on('error', (error) => inflater.destroy(error));
  input.pipe(inflater);
  for await (const chunk of inflater) yield chunk as Buffer;
}

/** Re-encodes any supported encoding as UTF-8 bytes, without a BOM, safe across chunk splits. */
export async function* toUtf8(chunks: ByteChunks, encoding: Encoding): ByteChunks {
  if (encoding === 'utf-8') {
    let first = true;
    for await (const chunk of chunks) {
      if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) yield chunk.subarray(3);
      else yield chunk;
      first = false;
    }
    return;
  }
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode();
  if (rest) yield Buffer.from(rest, 'utf8');
}
