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
});
