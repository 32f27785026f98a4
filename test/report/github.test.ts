import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { DIAGNOSTICS, sampleContext } from './sample.js';

interface Command {
  level: string;
  properties: Map<string, string>;
  message: string;
}

// What the runner does with a line (actions/runner ActionCommand.TryParseV2).
function unescapeCommand(text: string, property: boolean): string {
  let out = text.replaceAll('%0D', '\r').replaceAll('%0A', '\n');
  if (property) out = out.replaceAll('%3A', ':').replaceAll('%2C', ',');
  return out.replaceAll('%25', '%');
}

function parseCommand(line: string): Command {
  const match = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties = new Map(
    match[2]!.split(',').map((pair) => {
      const [key, value = ''] = pair.split('=');
      return [key!, unescapeCommand(value, true)] as const;
    }),
  );
  return { level: match[1]!, properties, message: unescapeCommand(match[3]!, false) };
}

describe('github', () => {
  it('prints one command per diagnostic, then the summary as a plain log line', () => {
    const out = formatGithub(DIAGNOSTICS, sampleContext());
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(DIAGNOSTICS.length + 1);
    expect(lines.at(-1)).toMatch(/^✖ \d+ problems \(\d+ errors?, \d+ warnings?\)$/);
    const clean = { ...sampleContext(), summary: { programs: 2, files: 3, errors: 0, warnings: 0 } };
    expect(formatGithub([], clean)).toBe('✔ No problems found in 2 programs (3 files).\n');
  });

  it('parses back to the original diagnostics', () => {
    const lines = formatGithub(DIAGNOSTICS, sampleContext()).trimEnd().split('\n').slice(0, -1);
    for (const [i, line] of lines.entries()) {
      const d = DIAGNOSTICS[i]!;
      const command = parseCommand(line);
      expect(command.level).toBe(d.severity);
      expect(command.message).toBe(d.message);
      expect(command.properties.get('file')).toBe(d.file);
      expect(command.properties.get('title')).toBe(d.rule);
      expect(Number(command.properties.get('line'))).toBe(d.line);
      expect(Number(command.properties.get('endLine'))).toBe(d.endLine);
    }
  });

  it('shows other control characters escaped, which the log viewer would run', () => {
    expect(escapeData('a\u001b[31m%\r\nb\u0007\u202e')).toBe('a\\x1b[31m%25%0D%0Ab\\x07\\u202e');
    expect(escapeProperty('p\u001b]8;;x\u0007:y')).toBe('p\\x1b]8;;x\\x07%3Ay');
  });

  it('escapes %, CR and LF in messages; also : and , in properties', () => {
    const d: Diagnostic = {
      ...DIAGNOSTICS[0]!,
      file: 'curricula/a:b,c%d/program.yaml',
      rule: 'odd,rule',
      message: '100% wrong:\r\nsee "a, b"',
    };
    const [line = ''] = formatGithub([d], sampleContext()).split('\n');
    expect(line).toContain('file=curricula/a%3Ab%2Cc%25d/program.yaml,');
    expect(line).toContain('title=odd%2Crule::100%25 wrong:%0D%0Asee "a, b"');
    const command = parseCommand(line);
    expect(command.message).toBe(d.message);
    expect(command.properties.get('file')).toBe(d.file);
    expect(command.properties.get('title')).toBe(d.rule);
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeProperty('%3A')).toBe('%253A');
  });

  it('gives columns for a span on one line only, as the runner requires', () => {
    const single = parseCommand(formatGithub([DIAGNOSTICS[1]!], sampleContext()).split('\n')[0]!);
    expect(single.properties.get('col')).toBe(String(DIAGNOSTICS[1]!.column));
    expect(single.properties.get('endColumn')).toBe(String(DIAGNOSTICS[1]!.endColumn));
    const multi = DIAGNOSTICS.find((d) => d.endLine > d.line)!;
    const command = parseCommand(formatGithub([multi], sampleContext()).split('\n')[0]!);
    expect([...command.properties.keys()]).toEqual(['file', 'line', 'endLine', 'title']);
  });
});
