// Which text encoding a posting export uses, from its first bytes.
import { isUtf8 } from 'node:buffer';

/** The encodings `rank-jobs` reads; everything is transcoded to UTF-8 before scanning. */
const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** A `Map`, not an object: `--encoding constructor` must not find `Object.prototype.constructor`. */
const ENCODING_NAMES = new Map<string, Encoding>([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['utf-16le', 'utf-16le'],
  ['utf16le', 'utf-16le'],
  ['utf-16', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
  ['utf16be', 'utf-16be'],
  ['windows-1252', 'windows-1252'],
  ['cp1252', 'windows-1252'],
  ['latin1', 'windows-1252'],
  ['iso-8859-1', 'windows-1252'],
]);

/** Maps a user-given name (`cp1252`, `UTF8`, ...) to an encoding, or undefined. */
export function parseEncodingName(name: string): Encoding | undefined {
  return ENCODING_NAMES.get(name.trim().toLowerCase());
}

/**
 * A BOM decides; otherwise NUL bytes at odd or even positions mean UTF-16, and a sample
 * that is not valid UTF-8 means Windows-1252 (the usual export of French spreadsheets).
 */
export function detectEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const sample = head.subarray(0, 4096);
  let oddNuls = 0;
  let evenNuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddNuls++ : evenNuls++;
  if (sample.length >= 4 && oddNuls > sample.length / 4) return 'utf-16le';
  if (sample.length >= 4 && evenNuls > sample.length / 4) return 'utf-16be';
  return isUtf8(trimPartialSequence(head)) ? 'utf-8' : 'windows-1252';
}

/**
 * The text of a small file read whole (an alias, vocabulary, taxonomy or map file, titles on
 * stdin), decoded as exports are: a BOM decides and is dropped, then UTF-16 by its NULs, then
 * UTF-8 when valid, else Windows-1252.
 */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(detectEncoding(bytes)).decode(bytes);
}

/** Drops a multi-byte sequence cut off by the end of the sample, so it is not held against UTF-8. */
function trimPartialSequence(bytes: Uint8Array): Uint8Array {
  let start = bytes.length;
  for (let back = 1; back <= 3 && bytes.length - back >= 0; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (needed > back) start = bytes.length - back;
    }
    break;
  }
  return bytes.subarray(0, start);
}

/** Signatures of files people export by mistake instead of CSV: xlsx/zip, xls, PDF, executables. */
const BINARY_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x25, 0x50, 0x44, 0x46],
  [0x7f, 0x45, 0x4c, 0x46],
];

/**
 * True for bytes that are no delimited text in any encoding we read: a known binary
 * signature, NULs at both odd and even positions, or many control characters.
 */
export function looksBinary(head: Uint8Array): boolean {
  if (BINARY_SIGNATURES.some((signature) => signature.every((byte, i) => head[i] === byte))) return true;
  if (head[0] === 0xff && head[1] === 0xfe) return false;
  if (head[0] === 0xfe && head[1] === 0xff) return false;
  const sample = head.subarray(0, 4096);
  let oddNuls = 0;
  let evenNuls = 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0) i % 2 ? oddNuls++ : evenNuls++;
    else if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls++;
  }
  const many = sample.length / 20;
  return (oddNuls > many && evenNuls > many) || controls > many;
}
