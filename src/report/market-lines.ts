// The market coverage of each program, as plain lines under the report: how much of its
// job's skill demand its projects validate, and what they leave out.
import { escapeTerminal } from '../escape/terminal.js';
import { plural } from '../text/plural.js';
import type { ReportContext } from './formatter.js';

/** `Market coverage:` then two lines per program; nothing without market data. */
export function formatMarket(market: ReportContext['market']): string {
  if (market === undefined || market.length === 0) return '';
  const lines = market.flatMap(({ program, job, postings, coverage, uncovered }) => {
    if (coverage === null) return [`  ${escapeTerminal(program)}: no posting for "${escapeTerminal(job)}"`];
    const first = `  ${escapeTerminal(program)}: ${Math.round(coverage * 100)}% of the skill demand of ${plural(postings, `"${escapeTerminal(job)}" posting`)}`;
    if (uncovered.length === 0) return [first];
    const skills = uncovered.map(({ skill, share }) => `${escapeTerminal(skill)} (${Math.round(share * 100)}%)`);
    return [first, `    asked by 10% or more, validated by no project: ${skills.join(', ')}`];
  });
  return `Market coverage:\n${lines.join('\n')}\n\n`;
}
