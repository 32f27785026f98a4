// Where a file stops being UTF-8, told as positions editors show.

/**
 * Where the first byte that is not UTF-8 lies (`line 3, column 12`: 1-based, columns in UTF-16
 * code units as in diagnostics) and that byte (`byte 0xE9`); undefined when none is found.
 */
export function firstNonUtf8(bytes: Uint8Array): { line: number; column: number; where: string; byte: string } | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  for (let index = text.indexOf('\uFFFD'); index >= 0; index = text.indexOf('\uFFFD', index + 1)) {
    const offset = Buffer.byteLength(text.slice(0, index));
    // A U+FFFD written in the file is text; one the decoder put in marks bad bytes.
    if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    const line = text.slice(0, lineStart).split('\n').length;
    const column = index - Math.max(lineStart, bom) + 1;
    return {
      line,
      column,
      where: `line ${line}, column ${column}`,
      byte: `byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}`,
    };
  }
  return undefined;
}
