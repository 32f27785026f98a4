// Data path -> span in one YAML document, falling back to the closest existing node
// (the model is Spectral's getRangeForJsonPath(path, closest)).
import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  visit,
  type YAMLMap,
} from 'yaml';
import type { Span } from '../diagnostic.js';
import { spanOf } from './parse-yaml.js';
import type { DataPath } from './types.js';

/** The span of a file with no content: line 1, column 1, zero width. */
export const START_SPAN: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * The span of the node at `path`: 1-based lines and columns in UTF-16 code units, the end
 * exclusive (the column just after the last character, as in SARIF).
 *
 * - A scalar maps to its source text, quotes included, without trailing comments.
 * - `target: 'key'` maps a mapping entry to its key (for unknown keys).
 * - A missing key or index maps to its closest existing ancestor.
 * - A collection spanning several lines (a project in a block list, say) maps to its first
 *   line only, from its first character to the end of the last node on that line: a
 *   one-line span reads better in code frames and CI annotations than a whole block, and
 *   the first line of a list item is where its `id` usually is.
 * - An empty value (`title:`) maps to its key: there is nothing else to point at.
 * - A block scalar (`mission: |`) ends with its last line, not after its line break; this
 *   needs the parsed `text` (yaml's ranges include the break, and CRLF makes it two units).
 */
export function locate(
  doc: Document | null | undefined,
  lineCounter: LineCounter,
  path: DataPath,
  target: 'key' | 'value' = 'value',
  text?: string,
): Span {
  let node: Node | null = (doc?.contents as Node | null | undefined) ?? null;
  if (!doc || !node?.range) return START_SPAN;
  let key: Node | null = null;
  let complete = true;
  for (const segment of path) {
    if (isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? node;
    const next = childOf(node, segment);
    if (!next) {
      complete = false;
      break;
    }
    key = next.key;
    if (!next.value?.range) {
      // `key:` followed by nothing: the key is the closest thing to point at.
      if (next.key?.range) node = next.key;
      complete = false;
      break;
    }
    node = next.value;
  }
  if (complete && target === 'key' && key?.range) node = key;
  else if (isEmptyScalar(node) && key?.range) node = key;
  return spanOfNode(node, lineCounter, text);
}

function childOf(node: Node, segment: string | number): { key: Node | null; value: Node | null } | undefined {
  if (isMap(node)) {
    const pair = pairOf(node, String(segment));
    return pair ? { key: pair.key as Node, value: (pair.value as Node | null) ?? null } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment] as Node | null | undefined;
    return item === undefined ? undefined : { key: null, value: item };
  }
  return undefined;
}

/** Pairs of the large mappings already searched, by key: one diagnostic per key of a 20,000-key mapping must not search it 20,000 times. */
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();
const INDEXED_FROM = 16;

/** The first pair of `map` whose key is the scalar `key`. */
function pairOf(map: YAMLMap, key: string): Pair | undefined {
  const matches = (pair: Pair) => isScalar(pair.key) && String(pair.key.value) === key;
  if (map.items.length < INDEXED_FROM) return map.items.find(matches);
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (name !== undefined && !index.has(name)) index.set(name, pair);
    }
    pairIndexes.set(map, index);
  }
  return index.get(key);
}

function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null && node.range != null && node.range[0] === node.range[1];
}

function spanOfNode(node: Node, lineCounter: LineCounter, text: string | undefined): Span {
  const [start, end] = node.range ?? [0, 0];
  if (!isCollection(node)) return spanOf(lineCounter, start, text ? trimLineBreaks(text, start, end) : end);
  const startLine = lineCounter.linePos(start).line;
  const lineEnd = lineCounter.lineStarts[startLine] ?? Number.POSITIVE_INFINITY;
  // A flow collection ends at its bracket; a block one ends after its last newline.
  if (node.flow && end <= lineEnd) return spanOf(lineCounter, start, end);
  return spanOf(lineCounter, start, firstLineEnd(node, start, lineEnd));
}

/**
 * The end of the last scalar, alias or flow collection inside `collection` that ends on the
 * line where the collection starts (block collections end after a newline: not counted).
 */
function firstLineEnd(collection: Node, start: number, lineEnd: number): number {
  let last = start + 1;
  visit(collection, (_key, node) => {
    if (!isNode(node) || !node.range || node === collection) return undefined;
    if (node.range[0] >= lineEnd) return visit.BREAK;
    const counts = !isCollection(node) || node.flow === true;
    if (counts && node.range[1] <= lineEnd && node.range[1] > last) last = node.range[1];
    return undefined;
  });
  return last;
}

function trimLineBreaks(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && (text[trimmed - 1] === '\n' || text[trimmed - 1] === '\r')) trimmed--;
  return trimmed;
}
