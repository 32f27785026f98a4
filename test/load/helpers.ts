// Shared by the load tests: fixture paths and span slicing independent of yaml's LineCounter.
import { fileURLToPath } from 'node:url';
import type { Span } from '../../src/diagnostic.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/load/', import.meta.url));

/**
 * The text a span covers, computed from `\n`-split lines and UTF-16 columns, as an editor
 * would. `text` is without its byte order mark (editors do not count it as a column).
 */
export function sliceSpan(text: string, span: Span): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number): number => (starts[line - 1] as number) + column - 1;
  return text.slice(offset(span.line, span.column), offset(span.endLine, span.endColumn));
}

/** `line:column-endLine:endColumn`, for compact assertions. */
export function formatSpan(span: Span): string {
  return `${span.line}:${span.column}-${span.endLine}:${span.endColumn}`;
}
