// The package's occupation data (data/occupations), read only when a coder is created. A file
// is gzip of: the JSON's length and the number of arrays (uint32, little-endian), the JSON,
// zeros to a multiple of 4 bytes, each array's length (uint32), then the arrays (int32). The
// JSON holds {"int32": i} where array i goes: the long number arrays of the title index
// (about 400,000 numbers for O*NET) load as views of the bytes instead of being parsed.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { packageFile } from '../files/package-files.js';

/** data/occupations at the package root. */
export const DATA_DIR = packageFile('data/occupations');

const gunzipAsync = promisify(gunzip);

/** Number arrays at least this long are stored as binary. */
const MIN_BINARY_LENGTH = 1000;

/** A data file of data/occupations (written by scripts/build-occupations-data.ts); long arrays come back as Int32Array. */
export async function readDataFile<T>(name: string): Promise<T> {
  const bytes = await readFile(path.join(DATA_DIR, name));
  // gzip ends with the size unzipped: one output chunk, not 16 KiB ones copied together at the end.
  const chunkSize = Math.min(Math.max(bytes.readUInt32LE(bytes.length - 4) + 1, 64 * 1024), 64 * 1024 * 1024);
  return decodeData((await gunzipAsync(bytes, { chunkSize })) as Buffer) as T;
}

/** A value in the data files' format (before gzip): integer arrays of MIN_BINARY_LENGTH or more go to the binary part. */
export function encodeData(value: unknown): Buffer {
  const arrays: Int32Array[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) =>
    Array.isArray(item) && item.length >= MIN_BINARY_LENGTH && item.every((number) => number === (number | 0))
      ? { int32: arrays.push(Int32Array.from(item as number[])) - 1 }
      : item,
  );
  const json = Buffer.from(text, 'utf8');
  const head = Buffer.alloc(align(8 + json.length) - json.length + 4 * arrays.length);
  head.writeUInt32LE(json.length, 0);
  head.writeUInt32LE(arrays.length, 4);
  const lengths = head.subarray(head.length - 4 * arrays.length);
  for (const [index, array] of arrays.entries()) lengths.writeUInt32LE(array.length, 4 * index);
  const littleEndian = arrays.map((array) => {
    const bytes = Buffer.alloc(4 * array.length);
    for (const [index, number] of array.entries()) bytes.writeInt32LE(number, 4 * index);
    return bytes;
  });
  return Buffer.concat([head.subarray(0, 8), json, head.subarray(8), ...littleEndian]);
}

/** The value of a data file's bytes (gunzipped). */
function decodeData(bytes: Buffer): unknown {
  const jsonLength = bytes.readUInt32LE(0);
  const count = bytes.readUInt32LE(4);
  const lengthsAt = align(8 + jsonLength);
  const arrays: Int32Array[] = [];
  for (let index = 0, at = lengthsAt + 4 * count; index < count; index++) {
    const length = bytes.readUInt32LE(lengthsAt + 4 * index);
    arrays.push(int32s(bytes, at, length));
    at += 4 * length;
  }
  return JSON.parse(bytes.toString('utf8', 8, 8 + jsonLength), (_key, item: unknown) =>
    typeof item === 'object' && item !== null && 'int32' in item ? arrays[item.int32 as number] : item,
  );
}

const align = (offset: number) => Math.ceil(offset / 4) * 4;

/** `length` int32s at a byte offset: a view when the platform is little-endian and the offset aligned, else a copy. */
function int32s(bytes: Buffer, at: number, length: number): Int32Array {
  if (LITTLE_ENDIAN && (bytes.byteOffset + at) % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset + at, length);
  const array = new Int32Array(length);
  for (let index = 0; index < length; index++) array[index] = bytes.readInt32LE(at + 4 * index);
  return array;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
