// Exports shaped to hurt the reader: one record of tens of MB inside a small gzip, a header
// of thousands of columns. Both are read, in time linear in their size.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runInProcess as run } from './run-cli.js';

async function tempFile(name: string, content: Buffer | string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'curriculum-records-')), name);
  await writeFile(file, content);
  return file;
}

describe('rank-jobs on hostile record shapes', () => {
  it('reads a gzip holding one 24 MB record (gunzip hands it over 16 KiB at a time)', async () => {
    const notes = 'n'.repeat(24 * 1024 * 1024);
    const text = `title,skills,notes\ndata analyst,sql,${notes}\ndata analyst,excel,short\n`;
    const file = await tempFile('long-record.csv.gz', gzipSync(text));
    const result = await run(['rank-jobs', file, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ postings: 2, skipped: 0, careers: [{ title: 'data analyst', postings: 2 }] });
  });

  it('finds a title column at position 5,000 of a 6,000-column header', async () => {
    const names = Array.from({ length: 6000 }, (_, i) => (i === 4999 ? 'Job Title' : i === 5500 ? 'skills' : `extra_${i}`));
    const row = (title: string, skills: string) => names.map((_, i) => (i === 4999 ? title : i === 5500 ? skills : `${i}`)).join(',');
    const file = await tempFile('wide.csv', `${names.join(',')}\n${row('data analyst', 'sql')}\n${row('nurse', 'first aid')}\n`);
    const result = await run(['rank-jobs', file, '--format', 'json']);
    expect(result.stderr).toBe('Caveat: 2 of the 2 careers shown have fewer than 30 postings; their shares and growth are unreliable.\n');
    expect(JSON.parse(result.stdout).careers.map((c: { title: string; skills: { skill: string }[] }) => [c.title, c.skills[0]!.skill])).toEqual([
      ['data analyst', 'sql'],
      ['nurse', 'first aid'],
    ]);
    const named = await run(['rank-jobs', file, '--title-column', 'extra_5999', '--format', 'json']);
    expect(JSON.parse(named.stdout).careers.map((c: { title: string }) => c.title)).toEqual(['5999']);
  });
});
