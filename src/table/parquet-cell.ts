// A Parquet value as the bytes of a CSV cell: strings as they are, numbers and booleans as
// text, a list (Parquet `LIST<VARCHAR>`, say a posting's skills) as a cell that the skills
// reader splits back into exactly its items.

const EMPTY = new Uint8Array(0);
const decoder = new TextDecoder();
/** Items holding none of these can be joined with `; ` and split back by the skills reader. */
const SPLIT_UNSAFE = /[;,|'"[\]\\]/;

/** The UTF-8 bytes of a cell; null and undefined are empty. */
export function encodeCell(value: unknown): Uint8Array {
  if (value === null || value === undefined) return EMPTY;
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (Array.isArray(value)) return Buffer.from(listCell(value), 'utf8');
  if (value instanceof Date) return Buffer.from(Number.isNaN(value.getTime()) ? '' : value.toISOString(), 'utf8');
  if (typeof value === 'object')
    return Buffer.from(
      JSON.stringify(value, (_, item: unknown) => plain(item)),
      'utf8',
    );
  return Buffer.from(String(value), 'utf8');
}

/**
 * `python; sql` when the items allow it (the cheap path of the skills reader), otherwise a
 * bracketed list with `\`-escaped quotes, `['c, c++', 'r&d']`, which it reads item by item.
 */
export function listCell(items: readonly unknown[]): string {
  const texts = items.filter((item) => item !== null && item !== undefined).map(itemText);
  if (texts.length > 0 && texts.every((text) => text.trim() !== '' && !SPLIT_UNSAFE.test(text))) return texts.join('; ');
  return `[${texts.map((text) => `'${text.replace(/[\\']/g, '\\$&')}'`).join(', ')}]`;
}

function itemText(item: unknown): string {
  if (item instanceof Uint8Array) return decoder.decode(item);
  if (typeof item === 'string') return item;
  return decoder.decode(encodeCell(item));
}

/** Values JSON cannot write: bytes as text, big integers as numbers' text. */
function plain(item: unknown): unknown {
  if (item instanceof Uint8Array) return decoder.decode(item);
  if (typeof item === 'bigint') return item.toString();
  return item;
}
