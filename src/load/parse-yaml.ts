// One YAML file's text -> a document with positions, its plain data, and `yaml-syntax` diagnostics.
import { type Document, isAlias, isCollection, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Diagnostic, Span } from '../diagnostic.js';
import { findExcessiveNesting, MAX_NESTING_DEPTH } from './nesting-depth.js';

/**
 * How much aliases may expand (yaml's `maxAliasCount`): a curriculum file needs few, and
 * a "billion laughs" file must fail fast instead of filling memory.
 */
const MAX_ALIAS_COUNT = 100;

/**
 * yaml resolves each alias by scanning every anchor and alias before it (quadratic: 20,000
 * aliases take 7 s), so a file with more is refused; curriculum files use a few at most.
 */
const MAX_ANCHORS_AND_ALIASES = 1000;

export interface ParsedYaml {
  /** The text parsed: the file's text without its byte order mark. */
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data (`undefined` when the file has `yaml-syntax` errors; `null` when empty). */
  data: unknown;
  /** `yaml-syntax` diagnostics; empty when the file parsed. */
  diagnostics: Diagnostic[];
}

/** Parses one file's text; `file` is its display path, used in diagnostics. */
export function parseYaml(source: string, file: string): ParsedYaml {
  // Editors do not count a byte order mark as a column, and yaml would.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const tooDeep = findExcessiveNesting(text, MAX_NESTING_DEPTH);
  if (tooDeep !== undefined) return refuseDeepNesting(text, file, tooDeep);
  const lineCounter = new LineCounter();
  // maxAliasCount is an option of toJS(), not of parseDocument(): aliases expand there.
  // yaml's own duplicate-key check compares every key with every other (20,000 keys: 2.6 s);
  // duplicates are found below with one set per mapping instead.
  // logLevel 'error': yaml's warnings (a key that is a list, `? [a, b]: 1`) went to the process's
  // stderr as Node warnings; the schema reports such a key at its position instead.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  const at = (start: number, end: number): Span => spanOf(lineCounter, start, end);
  const syntax = (span: Span, message: string): Diagnostic => ({
    rule: 'yaml-syntax',
    severity: 'error',
    message,
    file,
    ...span,
  });

  if (doc.errors.length > 0) {
    const diagnostics = describeErrors(doc, text).map((e) => syntax(at(e.start, e.end), e.message));
    return { text, doc, lineCounter, data: undefined, diagnostics };
  }
  const { duplicates, aliases } = walkDocument(doc);
  if (duplicates.length > 0) {
    const diagnostics = duplicates.map(([start, end]) =>
      syntax(at(start, end), `Key "${text.slice(start, end).trim()}" appears twice in the same mapping.`),
    );
    return { text, doc, lineCounter, data: undefined, diagnostics };
  }
  if (aliases.count > MAX_ANCHORS_AND_ALIASES) {
    const message = `This file uses more than ${MAX_ANCHORS_AND_ALIASES} anchors and aliases; write the values out.`;
    const [start, end] = aliases.first ?? [0, 0];
    return { text, doc, lineCounter, data: undefined, diagnostics: [syntax(at(start, end), message)] };
  }
  try {
    return { text, doc, lineCounter, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), diagnostics: [] };
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand beyond maxAliasCount.
    if (!(error instanceof ReferenceError)) throw error;
    const alias = aliases.first ?? [0, 0];
    const message = 'Aliases expand this file to too much data (an "alias bomb"); write the values out or use fewer aliases.';
    return { text, doc, lineCounter, data: undefined, diagnostics: [syntax(at(alias[0], alias[1]), message)] };
  }
}

/** The result for a file nested too deeply to hand to yaml: an empty document, one diagnostic. */
function refuseDeepNesting(text: string, file: string, offset: number): ParsedYaml {
  const lineCounter = new LineCounter();
  for (let i = 0; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) lineCounter.addNewLine(i);
  const message = `The YAML is nested more than ${MAX_NESTING_DEPTH} levels deep; a curriculum file needs a few.`;
  const span = spanOf(lineCounter, offset, offset + 1);
  const diagnostic: Diagnostic = { rule: 'yaml-syntax', severity: 'error', message, file, ...span };
  return { text, doc: parseDocument(''), lineCounter, data: undefined, diagnostics: [diagnostic] };
}

/** A span from two offsets of the parsed text: 1-based lines and columns, end exclusive. */
export function spanOf(lineCounter: LineCounter, start: number, end: number): Span {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

interface ErrorAt {
  start: number;
  end: number;
  message: string;
}

function describeErrors(doc: Document, text: string): ErrorAt[] {
  // Deep nesting overflows yaml's stack once per level: one diagnostic says it all.
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  const chosen = exhausted ? [exhausted] : doc.errors;
  const seen = new Set<string>();
  const result: ErrorAt[] = [];
  for (const error of chosen) {
    const start = Math.min(error.pos[0], text.length);
    const end = Math.max(start, Math.min(error.pos[1], text.length));
    const message = describeError(error);
    const key = `${start}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ start, end, message });
  }
  return result;
}

/** yaml's message as one sentence a curriculum designer can act on. */
function describeError(error: YAMLError): string {
  switch (error.code) {
    case 'MULTIPLE_DOCS':
      return 'A curriculum file holds one YAML document, but this one holds several (separated by "---").';
    case 'RESOURCE_EXHAUSTION':
      return 'The YAML is nested too deeply to read.';
    case 'MISSING_CHAR':
      if (/closing "quote/.test(error.message)) return 'A double-quoted value has no closing quote (").';
      if (/closing 'quote/.test(error.message)) return "A single-quoted value has no closing quote (').";
      return toSentence(error.message);
    case 'TAB_AS_INDENT':
      return 'Tabs are not allowed as indentation; use spaces.';
    default:
      return toSentence(error.message);
  }
}

function toSentence(message: string): string {
  const first = message.split('\n')[0] ?? '';
  // yaml may append a position ("at line 3, column 5") even without prettyErrors.
  const text = first
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/; please use .*$/, '')
    .trim();
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

interface Walked {
  /** The ranges of keys that repeat an earlier key of their mapping (scalar keys, compared by value). */
  duplicates: [number, number][];
  /** Anchors and aliases, and the first alias's range. */
  aliases: { count: number; first?: [number, number] };
}

/**
 * One walk over the document's nodes, in yaml's `visit` order (a node, then its items; a
 * pair's key, then its value), for what is checked before the data is built. Two `visit`
 * calls did the same, slower (12% of `check`'s time on 1,000 programs).
 */
function walkDocument(doc: Document): Walked {
  const duplicates: [number, number][] = [];
  const aliases: Walked['aliases'] = { count: 0 };
  const walk = (node: unknown): void => {
    if (isPair(node)) {
      walk(node.key);
      walk(node.value);
      return;
    }
    if (isAlias(node)) {
      if (node.range && !aliases.first) aliases.first = [node.range[0], node.range[1]];
      aliases.count++;
      return;
    }
    if (!isNode(node)) return;
    if (node.anchor) aliases.count++;
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        if (seen.has(value) && pair.key.range) duplicates.push([pair.key.range[0], pair.key.range[1]]);
        seen.add(value);
      }
    }
    if (isCollection(node)) for (const item of node.items) walk(item);
  };
  walk(doc.contents);
  return { duplicates, aliases };
}
