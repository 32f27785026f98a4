// Where a file stops being UTF-8, told as positions editors show.
import { isUtf8 } from 'node:buffer';

/** The first byte of a file that is not UTF-8: where it is, and what to say of it. */
export interface NotUtf8 {
  /** 1-based; columns in UTF-16 code units, as in diagnostics (1, 1 when the byte was not found). */
  line: number;
  column: number;
  /** `line 3, column 12`, or '' when the byte was not found. */
  where: string;
  /** `is not UTF-8 text (byte 0xE9)` */
  message: string;
}

/** Undefined when `bytes` are UTF-8; else where the first byte that is not lies, and that byte. */
export function notUtf8(bytes: Uint8Array): NotUtf8 | undefined {
  if (isUtf8(bytes)) return undefined;
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  for (let index = text.indexOf('\uFFFD'); index >= 0; index = text.indexOf('\uFFFD', index + 1)) {
    const offset = Buffer.byteLength(text.slice(0, index));
    // A U+FFFD written in the file is text; one the decoder put in marks bad bytes.
    if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    const line = text.slice(0, lineStart).split('\n').length;
    const column = index - Math.max(lineStart, bom) + 1;
    const byte = `byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}`;
    return { line, column, where: `line ${line}, column ${column}`, message: `is not UTF-8 text (${byte})` };
  }
  return { line: 1, column: 1, where: '', message: 'is not UTF-8 text' };
}
