// rank-jobs on the real exports of ../shared/data (skipped where they are absent).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/table/detect-dialect.js';
import { detectEncoding } from '../../src/table/detect-encoding.js';
import { CsvScanner } from '../../src/table/scan-csv.js';
import { PROJECT_ROOT as projectRoot, runInProcess as run } from '../cli/run-cli.js';

const dir = path.resolve(projectRoot, '../shared/data');
const postings = (name: string) => path.join(dir, 'postings', name);
const offers = (name: string) => path.join(dir, 'offers', name);

interface Career {
  title: string;
  code: string | null;
  postings: number;
  tension?: number | null;
  skills: { skill: string; postings: number }[];
}
async function rank(
  args: string[],
): Promise<{ postings: number; skipped: number; taxonomy: string | null; level: string | null; coded: number | null; careers: Career[] }> {
  const result = await run(['rank-jobs', ...args, '--format', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

/** A real file as UTF-8 text, decoded the way rank-jobs decodes it. */
function readText(file: string): string {
  const bytes = readFileSync(file);
  return new TextDecoder(detectEncoding(bytes)).decode(bytes);
}

describe.skipIf(!existsSync(dir))('rank-jobs on real exports', () => {
  const files = existsSync(dir)
    ? [...readdirSync(path.join(dir, 'postings')).map(postings), ...readdirSync(path.join(dir, 'offers')).map(offers)].filter((file) =>
        file.endsWith('.csv'),
      )
    : [];

  it.each(files.map((file) => [path.basename(file), file]))('the scanner reads %s exactly as csv-parse does', (_name, file) => {
    const text = readText(file);
    const bytes = Buffer.from(text, 'utf8');
    const delimiter = detectDelimiter(bytes.subarray(0, 1 << 16));
    const expected = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
    const got: string[][] = [];
    const scanner = new CsvScanner(delimiter.charCodeAt(0), (record) => {
      const values = record.values;
      if (got.length === 0) scanner.selectColumns(values.map((_, index) => index));
      expect(record.malformed).toBeNull();
      got.push(values);
    });
    for (let from = 0; from < bytes.length; from += 65_521) scanner.push(bytes.subarray(from, from + 65_521));
    scanner.end();
    expect(got.length).toBe(expected.length);
    expect(got).toEqual(expected);
  });

  it('detects the delimiters of the real files', () => {
    const delimiterOf = (file: string) => detectDelimiter(Buffer.from(readText(file), 'utf8').subarray(0, 1 << 16));
    expect(delimiterOf(postings('en-wuzzuf-postings.csv'))).toBe('~');
    expect(delimiterOf(postings('en-google-careers.csv'))).toBe(';');
    expect(delimiterOf(postings('fr-hellowork-tech.csv'))).toBe(',');
    expect(delimiterOf(offers('fr-france-travail-tension-by-basin-2019.cp1252.csv'))).toBe(';');
  });

  it('ranks HelloWork careers as French tech titles without gender markers, with skills', async () => {
    const ranking = await rank([postings('fr-hellowork-tech.csv'), '--top', '10', '--taxonomy', 'none']);
    expect(ranking.postings + ranking.skipped).toBe(1212);
    expect(ranking.careers).toHaveLength(10);
    for (const career of ranking.careers) {
      expect(career.title).not.toMatch(/\b[hf]\s*\/\s*[hf]\b|\(|\)/);
      expect(career.skills.length).toBeGreaterThan(0);
    }
    expect(ranking.careers.map((c) => c.title).join(' ')).toMatch(/ingénieur|développeur|engineer|data/);
  });

  it('HelloWork tags every posting with "c": --exclude-skills drops junk tags', async () => {
    const tagged = await rank([postings('fr-hellowork-tech.csv'), '--top', '1', '--taxonomy', 'none', '--top-skills', '3']);
    expect(tagged.careers[0]!.skills.map((skill) => skill.skill)).toContain('c');
    const clean = await rank([
      postings('fr-hellowork-tech.csv'),
      '--top',
      '1',
      '--taxonomy',
      'none',
      '--top-skills',
      '3',
      '--exclude-skills',
      'c,esp,ada,unity',
    ]);
    expect(clean.careers[0]!.skills.map((skill) => skill.skill)).not.toEqual(expect.arrayContaining(['c']));
    expect(clean.careers[0]!.skills.some((skill) => ['esp', 'ada', 'unity'].includes(skill.skill))).toBe(false);
  });

  it("Wuzzuf's side table given as postings is told, and the right reading is not", async () => {
    const wrong = await run(['rank-jobs', postings('en-wuzzuf-job-skills.csv'), '--format', 'json']);
    expect(wrong.stderr).toContain('looks like a side table of skills');
    expect(wrong.stderr).toContain('--join-column "job_title,company_name"');
    const right = await run([
      'rank-jobs',
      postings('en-wuzzuf-postings.csv'),
      '--skills-file',
      postings('en-wuzzuf-job-skills.csv'),
      '--join-column',
      'job_title,company_name',
      '--format',
      'json',
    ]);
    expect(right.code).toBe(0);
    expect(right.stderr).not.toContain('side table');
  });

  it('joins LinkedIn postings with their skills table on job_id', async () => {
    const ranking = await rank([
      postings('en-linkedin-2023-postings.csv'),
      '--skills-file',
      postings('en-linkedin-2023-job-skills.csv'),
      '--join-column',
      'job_id',
      '--top',
      '5',
    ]);
    expect(ranking).toMatchObject({ postings: 33_246, skipped: 0 });
    for (const career of ranking.careers) expect(career.skills.length).toBeGreaterThan(0);
  });

  it("reads Wuzzuf's ~ export and joins its skills table on title + company", async () => {
    const ranking = await rank([
      postings('en-wuzzuf-postings.csv'),
      '--skills-file',
      postings('en-wuzzuf-job-skills.csv'),
      '--join-column',
      'job_title,company_name',
      '--top',
      '5',
    ]);
    expect(ranking).toMatchObject({ postings: 1947, skipped: 0 });
    for (const career of ranking.careers) expect(career.skills.length).toBeGreaterThan(0);
  });

  it('counts France Travail offers by ROME code with --count-column, each code labelled', async () => {
    const ranking = await rank([offers('fr-france-travail-offers-by-town-2021-12.csv'), '--count-column', 'nb_offre', '--top', '1000']);
    expect(ranking).toMatchObject({ postings: 925_168, taxonomy: 'rome', level: 'rome' });
    expect(ranking.careers.reduce((sum, career) => sum + career.postings, 0)).toBe(925_168);
    // The codes of the file are ROME 3 codes of the statistics; those ROME 4.0 still has are labelled.
    const coded = ranking.careers.filter((career) => career.code !== null);
    expect(coded.length).toBeGreaterThan(500);
    for (const career of coded) expect(career.title).not.toMatch(/^[a-n]\d{4}$/i);
    expect(ranking.careers.find((career) => career.code === 'M1805')?.title).toBe('Développeur / Développeuse informatique');
  });

  it('joins the official tension figures to the offers, and ranks by tension', async () => {
    const tensionFile = offers('fr-france-travail-tension-by-basin-2019.cp1252.csv');
    const ranking = await rank([
      offers('fr-france-travail-offers-by-town-2021-12.csv'),
      '--count-column',
      'nb_offre',
      '--tension',
      tensionFile,
      '--rank-by',
      'tension',
      '--top',
      '1000',
    ]);
    const rows = parse(readText(tensionFile), { delimiter: ';', columns: true }) as Record<string, string>[];
    const count = (text: string) => Number(text.replace(/\u00a0/g, ''));
    const withFigures = ranking.careers.filter((career) => career.tension !== null);
    expect(new Set(withFigures.map((career) => career.code)).size).toBe(new Set(rows.map((row) => row.ROME)).size);
    // Ranked by tension first, highest first.
    const tensions = withFigures.map((career) => career.tension!);
    expect(tensions).toEqual([...tensions].sort((a, b) => b - a));
    expect(ranking.careers.slice(0, withFigures.length).every((career) => career.tension !== null)).toBe(true);
    // One code worked by hand: offers over job seekers of its rows.
    const code = withFigures[0]!.code!;
    const mine = rows.filter((row) => row.ROME === code);
    const expected = mine.reduce((sum, row) => sum + count(row.oee!), 0) / mine.reduce((sum, row) => sum + count(row.defm_abc!), 0);
    expect(withFigures[0]!.tension).toBeCloseTo(expected, 4);
  });

  it('ranks the LinkedIn export by occupation: registered nurses first, and no posting lost', async () => {
    const ranking = await rank([postings('en-linkedin-2023-postings.csv'), '--top', '100000']);
    expect(ranking).toMatchObject({ postings: 33_246, taxonomy: 'onet', level: 'soc' });
    expect(ranking.careers[0]).toMatchObject({ code: '29-1141', title: 'Registered Nurses' });
    expect(ranking.careers[0]!.postings).toBeGreaterThan(1000);
    expect(ranking.careers.reduce((sum, career) => sum + career.postings, 0)).toBe(33_246);
    expect(ranking.coded).toBeGreaterThan(0.8);
  });

  it('reads the Windows-1252 tension file: accents intact, offers summed', async () => {
    const file = offers('fr-france-travail-tension-by-basin-2019.cp1252.csv');
    const rows = parse(readText(file), { delimiter: ';', columns: true }) as Record<string, string>[];
    const ranking = await rank([file, '--title-column', 'libfap', '--count-column', 'oee', '--top', '1000']);
    // `oee` writes thousands with a no-break space (`1 036`): rank-jobs reads them as numbers.
    expect(ranking.postings).toBe(rows.reduce((sum, row) => sum + Number(row.oee!.replace(/\u00a0/g, '')), 0));
    expect(ranking.skipped).toBe(0);
    const titles = ranking.careers.map((c) => c.title).join('\n');
    expect(titles).toMatch(/é/);
    expect(titles).not.toMatch(/\ufffd|Ã/);
  });

  it.each([
    ['en-google-careers.csv', 1250],
    ['fr-freework-it.csv', 1350],
    ['fr-wttj-titles.csv', 5069],
  ])('reads every posting of %s', async (name, rows) => {
    const ranking = await rank([postings(name)]);
    expect(ranking.postings + ranking.skipped).toBe(rows);
    expect(ranking.skipped).toBe(0);
  });

  it.each(['en-linkedin-2023-job-skills.csv', 'en-linkedin-2023-salaries.csv', 'en-linkedin-2023-skills.csv'])(
    'refuses side table %s as postings in one sentence',
    async (name) => {
      const result = await run(['rank-jobs', postings(name)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        new RegExp(`^curriculum: File ".*${name}" has no title column \\(header: .*\\); name it with --title-column\\.\n$`),
      );
    },
  );

  it('the built bin gives real exit codes, stdout and stderr', async () => {
    const bin = path.join(projectRoot, 'bin/curriculum.js');
    const exec = promisify(execFile);
    const ok = await exec('node', [bin, 'rank-jobs', postings('fr-hellowork-tech.csv'), '--format', 'csv', '--top', '3']);
    expect(ok.stdout.split('\n')[0]).toBe('rank,title,code,postings,share,companies,variants,top_skills');
    const failed = await exec('node', [bin, 'rank-jobs', postings('nope.csv')]).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 2, stdout: '', stderr: `curriculum: Cannot read "${postings('nope.csv')}": no such file.\n` });
  });
});
