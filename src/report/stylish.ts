// `--format stylish` (the default): problems grouped by file, aligned like ESLint's stylish,
// each followed by a frame of the offending source line. File names, messages, jobs and
// source lines come from users' files: control characters are shown escaped (`\x1b`).
import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostic.js';
import { escapeTerminal } from '../escape/terminal.js';
import { frameLine } from './code-frame.js';
import type { Formatter } from './formatter.js';
import { formatMarket } from './market-lines.js';
import { summaryLine } from './summary-line.js';

/** Messages longer than this are not padded to align the rule codes: one long value must not widen every line. */
const MESSAGE_ALIGN_LIMIT = 120;

interface Row {
  diagnostic: Diagnostic;
  /** The message split on line breaks; continuation lines are indented under the first. */
  message: string[];
}

export const formatStylish: Formatter = (diagnostics, context) => {
  // A private instance: output depends on `context.color` alone, never on the terminal.
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const { summary } = context;
  const market = formatMarket(context.market);
  const last = summaryLine(summary);
  if (diagnostics.length === 0) return `${market}${chalk.green('✔')} ${last.text}\n`;
  const blocks = groupByFile(diagnostics).map(([file, group]) => formatFile(file, group, context.sources.get(file), chalk));
  const paint = summary.errors > 0 ? chalk.red.bold : chalk.yellow.bold;
  return `${blocks.join('\n')}\n${market}${paint(last.text)}\n`;
};

function formatFile(file: string, group: Diagnostic[], source: string | undefined, chalk: ChalkInstance): string {
  const rows: Row[] = group.map((d) => ({ diagnostic: d, message: d.message.split(/\r?\n|\r/).map((line) => escapeTerminal(line)) }));
  // ESLint aligns the line right and the column left, so the colons line up.
  const lineWidth = widest(group, (d) => String(d.line).length);
  const columnWidth = widest(group, (d) => String(d.column).length);
  const severityWidth = widest(group, (d) => d.severity.length);
  const messageWidth = widest(rows, (r) => (r.message[0]!.length <= MESSAGE_ALIGN_LIMIT ? r.message[0]!.length : 0));
  // Lines end at LF (CRLF too), as the YAML parser's line counter numbers them.
  const sourceLines = source?.split(/\r?\n/);

  const out = [chalk.underline(escapeTerminal(file))];
  for (const row of rows) {
    const d = row.diagnostic;
    const position = `${String(d.line).padStart(lineWidth)}:${String(d.column).padEnd(columnWidth)}`;
    const severity = d.severity.padEnd(severityWidth);
    const [first = '', ...rest] = row.message;
    out.push(`  ${chalk.dim(position)}  ${paintSeverity(chalk, d)(severity)}  ${first.padEnd(messageWidth)}  ${chalk.dim(d.rule)}`);
    const indent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);
    for (const more of rest) out.push(`${indent}${more}`);
    const text = sourceLines?.[d.line - 1];
    if (text !== undefined) out.push(...formatFrame(d, text, lineWidth, chalk));
  }
  return `${out.join('\n')}\n`;
}

/**
 * The offending line under a numbered gutter, with `^~~~` under the span's first line; a
 * long line is cut to a window around the span (`code-frame.ts`).
 */
function formatFrame(d: Diagnostic, text: string, gutterWidth: number, chalk: ChalkInstance): string[] {
  // Columns are UTF-16 code units, as JS string indexes are; a multi-line span is marked
  // to the end of its first line. `endColumn` is exclusive.
  const end = d.endLine === d.line ? d.endColumn - 1 : text.length;
  // The lead keeps tabs so the marker lines up with the text whatever the tab width.
  const frame = frameLine(text, d.column - 1, end, showSource);
  const marker = `^${'~'.repeat(frame.width - 1)}`;
  const gutter = (label: string): string => chalk.dim(`    ${label.padStart(gutterWidth)} |`);
  return [
    `${gutter(String(d.line))}${frame.text === '' ? '' : ` ${frame.text}`}`,
    `${gutter('')} ${frame.lead}${paintSeverity(chalk, d)(marker)}`,
  ];
}

/** Source text as a frame shows it: tabs kept, so the marker lines up under them. */
function showSource(text: string): string {
  return escapeTerminal(text, { tabs: true });
}

function paintSeverity(chalk: ChalkInstance, d: Diagnostic): ChalkInstance {
  return d.severity === 'error' ? chalk.red : chalk.yellow;
}

function groupByFile(diagnostics: readonly Diagnostic[]): [string, Diagnostic[]][] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return [...groups];
}

/** The largest `measure` over `items` (0 for none), without spreading them as arguments. */
function widest<T>(items: readonly T[], measure: (item: T) => number): number {
  let max = 0;
  for (const item of items) max = Math.max(max, measure(item));
  return max;
}
