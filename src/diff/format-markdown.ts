// `diff --format md`: fit for a pull-request comment. A summary line per program, then for
// each changed program a table of figures and a table of changes.
import { escapeMarkdown } from '../escape/markdown.js';
import { plural } from '../text/plural.js';
import type { ChangedItem, DiffReport, FigurePairs, ItemChanges, ProgramDiff, Titles } from './compare-versions.js';
import { WORKING_TREE } from './compare-versions.js';

/** Each list: its key, its nouns, and whether a program need not have any (then a zero count is left out). */
const LISTS = [
  ['skills', 'skill', 'skills', false],
  ['projects', 'project', 'projects', false],
  ['courses', 'course', 'courses', false],
  ['certificates', 'certificate', 'certificates', true],
  ['feedback', 'feedback item', 'feedback items', true],
] as const;

const FIGURES: Record<keyof FigurePairs, string> = {
  skills: 'Skills',
  projects: 'Projects',
  courses: 'Courses',
  learner_hours: 'Learner hours',
  learner_weeks: 'Learner weeks',
  total_months: 'All courses ready (month)',
  open_month: 'Opens (month)',
  safe_open_month: 'Every course in time from (month)',
  market_coverage: 'Market coverage',
};

/** Long texts are said to have changed, not quoted twice. */
const LONG_FIELDS = new Set(['mission', 'text', 'resolution']);

export function formatDiffMarkdown(report: DiffReport, titles: Titles): string {
  const to = report.to === WORKING_TREE ? 'the working tree' : escapeMarkdown(report.to);
  const lines = [`## Curriculum changes from ${escapeMarkdown(report.from)} to ${to}`, ''];
  if (report.programs.length === 0) return `${[...lines, 'No change.'].join('\n')}\n`;
  for (const program of report.programs) lines.push(`- ${summaryLine(program, titles)}`);
  for (const program of report.programs) {
    lines.push('', `### ${program.id}: ${escapeMarkdown(titles.get(program.id) ?? program.id)}`, '');
    lines.push(...figureTable(program.figures));
    if (program.status === 'changed') lines.push('', ...changeTable(program, titles));
  }
  return `${lines.join('\n')}\n`;
}

function summaryLine(program: ProgramDiff, titles: Titles): string {
  const name = `**${program.id}** (${escapeMarkdown(titles.get(program.id) ?? program.id)})`;
  if (program.status !== 'changed') {
    const counts = LISTS.flatMap(([list, one, many, optional]) => {
      const changes = program[list];
      const count = program.status === 'added' ? changes.added.length : changes.removed.length;
      return count === 0 && optional ? [] : [plural(count, one, many)];
    });
    return `${name}: ${program.status}, with ${counts.join(', ')}.`;
  }
  const parts: string[] = [];
  if (Object.keys(program.program).length > 0) parts.push(`program: ${Object.keys(program.program).join(', ')}`);
  for (const [list] of LISTS) {
    const { added, removed, renamed, changed } = program[list];
    const counts = Object.entries({ added, removed, renamed, changed }).flatMap(([what, items]) =>
      items.length > 0 ? [`${items.length} ${what}`] : [],
    );
    if (counts.length > 0) parts.push(`${list}: ${counts.join(', ')}`);
  }
  return `${name}: changed; ${parts.length > 0 ? parts.join('; ') : 'figures only'}.`;
}

function figureTable(figures: FigurePairs): string[] {
  const rows = ['| Figure | Before | After |', '| --- | ---: | ---: |'];
  for (const [name, label] of Object.entries(FIGURES) as [keyof FigurePairs, string][]) {
    const pair = figures[name];
    if (!pair) continue;
    const [before, after] = pair.map((figure) => showFigure(name, figure));
    rows.push(pair[0] === pair[1] ? `| ${label} | ${before} | ${after} |` : `| **${label}** | ${before} | **${after}** |`);
  }
  return rows;
}

function showFigure(name: keyof FigurePairs, figure: number | null | undefined): string {
  if (figure === null || figure === undefined) return '–';
  return name === 'market_coverage' ? `${Math.round(figure * 100)}%` : String(figure);
}

function changeTable(program: ProgramDiff, titles: Titles): string[] {
  const rows = ['| Change | Item | Details |', '| --- | --- | --- |'];
  for (const [name, [before, after]] of Object.entries(program.program)) {
    rows.push(`| program changed | \`${program.id}\` | ${name}: ${value(before)} → ${value(after)} |`);
  }
  for (const [list, noun] of LISTS) {
    const changes: ItemChanges = program[list];
    const title = (id: string) => escapeMarkdown(titles.get(`${program.id}/${list}/${id}`) ?? '');
    for (const id of changes.added) rows.push(`| ${noun} added | \`${id}\` | ${title(id)} |`);
    for (const id of changes.removed) rows.push(`| ${noun} removed | \`${id}\` | ${title(id)} |`);
    for (const { from, to } of changes.renamed) rows.push(`| ${noun} renamed | \`${from}\` → \`${to}\` | ${title(to)} |`);
    for (const item of changes.changed) rows.push(`| ${noun} changed | \`${item.id}\` | ${describeChange(item)} |`);
  }
  return rows;
}

/** `skills +python −sql; hours 40 → 60; status open → done`. */
function describeChange(item: ChangedItem): string {
  const parts: string[] = [];
  for (const [field, change] of Object.entries(item)) {
    if (field === 'id' || field.endsWith('_removed')) continue;
    if (field.endsWith('_added')) {
      const name = field.slice(0, -'_added'.length);
      const added = (change as string[]).map((id) => `+\`${id}\``);
      const removed = (item[`${name}_removed`] as string[]).map((id) => `−\`${id}\``);
      parts.push(`${name} ${[...added, ...removed].join(' ')}`);
    } else if (LONG_FIELDS.has(field)) {
      const [before, after] = change as [unknown, unknown];
      parts.push(`${field} ${before === null ? 'added' : after === null ? 'removed' : 'reworded'}`);
    } else {
      const [before, after] = change as [unknown, unknown];
      parts.push(`${field} ${value(before)} → ${value(after)}`);
    }
  }
  return parts.join('; ');
}

function value(v: unknown): string {
  return v === null || v === undefined ? '–' : escapeMarkdown(String(v));
}
