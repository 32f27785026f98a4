// Careers as occupations, end to end: rank-jobs grouping titles by code with a user's own
// taxonomy (deterministic, whatever the built-in tables say), --job by code or title,
// overrides, levels, codes in count exports, tension, and the `occupations` command.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { PROJECT_ROOT, runInProcess as run } from './run-cli.js';

const cwd = path.join(PROJECT_ROOT, 'test/fixtures/occupations');
const TAXONOMY = ['--taxonomy', 'job-architecture.csv'];

interface Row {
  rank: number;
  title: string;
  code: string | null;
  postings: number;
  variants: { title: string; postings: number }[];
  skills: { skill: string; postings: number }[];
  tension?: number | null;
  tension_index?: number | null;
}

async function rank(
  args: string[],
): Promise<{ postings: number; taxonomy: string | null; level: string | null; coded: number | null; careers: Row[] }> {
  const result = await run(['rank-jobs', 'postings.csv', ...args, '--format', 'json'], { cwd });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe('rank-jobs by occupation', () => {
  it('merges the titles of one occupation, keeps uncoded titles, and loses no posting', async () => {
    const ranking = await rank(TAXONOMY);
    expect(ranking).toMatchObject({ postings: 9, taxonomy: 'job-architecture.csv', level: 'code', coded: 0.8889 });
    expect(ranking.careers.map((c) => [c.rank, c.title, c.code, c.postings])).toEqual([
      [1, 'Nursing', 'NUR', 4],
      [2, 'Data analysis', 'DAT', 3],
      [3, 'Software engineering', 'ENG', 1],
      [4, 'underwater basket weaver', null, 1],
    ]);
    expect(ranking.careers[1]!.variants).toEqual([
      { title: 'data analyst', postings: 2 },
      { title: 'business intelligence analyst', postings: 1 },
    ]);
    expect(ranking.careers.reduce((sum, c) => sum + c.postings, 0)).toBe(ranking.postings);
  });

  it('says on stderr which taxonomy coded each file, and the coded share', async () => {
    const result = await run(['rank-jobs', 'postings.csv', ...TAXONOMY, '--format', 'json'], { cwd });
    expect(result.stderr).toContain(
      'Occupations (job-architecture.csv, level code): 88.9% of 9 postings coded (job-architecture.csv: "postings.csv"). Uncoded titles are ranked as they are.\n',
    );
  });

  it('groups the files of the stderr line by the taxonomy that coded them (--taxonomy auto)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'taxonomies-'));
    writeFileSync(path.join(dir, 'us.csv'), 'title\nregistered nurse\nsoftware developer\n');
    writeFileSync(path.join(dir, 'fr.csv'), 'intitulé\ninfirmier\ndéveloppeur informatique\n');
    writeFileSync(path.join(dir, 'uk.csv'), 'title\npharmacist\n');
    const result = await run(['rank-jobs', 'us.csv', 'fr.csv', 'uk.csv', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toContain('% of 5 postings coded (onet: "us.csv", "uk.csv"; rome: "fr.csv").');
  });

  it('--job <code> lists the whole occupation with all its variants and skills', async () => {
    const [nursing] = (await rank([...TAXONOMY, '--job', 'NUR'])).careers;
    expect(nursing).toMatchObject({ rank: 1, code: 'NUR', postings: 4 });
    expect(nursing!.variants).toHaveLength(4);
    expect(nursing!.skills.map((s) => [s.skill, s.postings])).toEqual([
      ['patient care', 4],
      ['icu', 2],
      ['triage', 1],
    ]);
  });

  it('--job <title> selects the postings of that normalised title, and says how to see the occupation', async () => {
    const result = await run(['rank-jobs', 'postings.csv', ...TAXONOMY, '--job', 'Registered Nurse', '--format', 'json'], { cwd });
    const [career] = JSON.parse(result.stdout).careers as Row[];
    expect(career).toMatchObject({
      title: 'registered nurse',
      code: 'NUR',
      postings: 1,
      variants: [{ title: 'registered nurse', postings: 1 }],
    });
    expect(result.stderr).toContain('"registered nurse" is one title of NUR Nursing (4 postings in 4 titles): --job NUR ranks them all.\n');
  });

  it('--job <label> selects the whole occupation, as rank-jobs labels it', async () => {
    const byLabel = await rank([...TAXONOMY, '--job', 'Nursing']);
    expect(byLabel).toEqual(await rank([...TAXONOMY, '--job', 'NUR']));
  });

  it('a job that is no code of the taxonomy is read as a title, and not found', async () => {
    const result = await run(['rank-jobs', 'postings.csv', ...TAXONOMY, '--job', 'XYZ'], { cwd });
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('No posting in "postings.csv" has the career "xyz".') });
  });

  it('--occupation-map codes a title before the coder', async () => {
    const ranking = await rank([...TAXONOMY, '--occupation-map', 'occupation-map.yaml']);
    expect(ranking.careers.find((c) => c.code === 'ENG')).toMatchObject({ postings: 2 });
    expect(ranking.coded).toBe(1);
  });

  it('--taxonomy auto gives each built-in coder the entries of its own codes, so one map serves both', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'map-'));
    writeFileSync(path.join(dir, 'map.yaml'), 'travel rn: 29-1141\n"chargé de clientèle": D1408\n');
    writeFileSync(path.join(dir, 'us.csv'), 'title\ntravel rn\nregistered nurse\n');
    writeFileSync(path.join(dir, 'fr.csv'), 'intitulé\nchargé de clientèle\ninfirmier\n');
    const result = await run(['rank-jobs', 'us.csv', 'fr.csv', '--occupation-map', 'map.yaml', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const ranking = JSON.parse(result.stdout);
    expect(ranking.careers.map((c: Row) => [c.code, c.postings])).toEqual([
      ['29-1141', 2],
      ['D1408', 1],
      ['J1506', 1],
    ]);
  });

  it('a code the taxonomy does not have is refused with the file, line and column of the entry', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'map-'));
    writeFileSync(path.join(dir, 'map.yaml'), 'travel rn: 29-1141\ndata analyst: 99-9999\n');
    const result = await run(['occupations', 'data analyst', '--occupation-map', 'map.yaml'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      'curriculum: File "map.yaml", line 2, column 15: "data analyst" maps to "99-9999", which is not a code of taxonomy "onet" at level "soc".\n',
    );
  });

  it('--taxonomy none groups by title, as before occupations', async () => {
    const ranking = await rank(['--taxonomy', 'none']);
    expect(ranking).toMatchObject({ taxonomy: null, level: null, coded: null });
    expect(ranking.careers.every((c) => c.code === null)).toBe(true);
    expect(ranking.careers.map((c) => c.title)).toContain('icu rn (nights)');
  });

  it.each([
    [['--taxonomy', 'onett'], 'The taxonomy "onett" is not auto, onet, rome, none, or a CSV file (title,code,label).'],
    [['--taxonomy', 'job-architecture.csv', '--level', 'soc'], 'Level "soc"'],
    [['--taxonomy', 'none', '--level', 'soc'], '--level needs a taxonomy; --taxonomy none groups postings by title.'],
    [['--taxonomy', 'missing.csv'], 'Cannot read "missing.csv": no such file.'],
    [['--rank-by', 'tension'], 'Ranking by tension needs a tension table: add --tension <file>.'],
  ])('refuses %j in one sentence', async (args, message) => {
    const result = await run(['rank-jobs', 'postings.csv', ...args], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('recognises and labels the codes of an export already counted per occupation', async () => {
    const offers = '"commune";"dc_rome_id";"nb_offre"\n"Paris";"M1805";12\n"Lyon";"m1805";3\n"Paris";"J1506";7\n';
    const result = await run(['rank-jobs', '-', '--count-column', 'nb_offre', '--format', 'json'], { stdin: Buffer.from(offers) });
    const ranking = JSON.parse(result.stdout);
    expect(ranking).toMatchObject({ postings: 22, taxonomy: 'rome', coded: 1 });
    expect(ranking.careers.map((c: Row) => [c.code, c.postings])).toEqual([
      ['M1805', 15],
      ['J1506', 7],
    ]);
    expect(ranking.careers[0].title).toBe('Développeur / Développeuse informatique');
    // Both spellings of the code are one variant, shown as the taxonomy writes the code.
    expect(ranking.careers.map((c: Row) => c.variants)).toEqual([[{ title: 'M1805', postings: 15 }], [{ title: 'J1506', postings: 7 }]]);
  });

  it('shows the codes of a count export merged into a group or a parent as the taxonomy writes them', async () => {
    const offers = '"dc_rome_id";"nb_offre"\n"m1805";12\n"M1802";3\n"m1861";2\n';
    const read = async (level: string) => {
      const result = await run(['rank-jobs', '-', '--count-column', 'nb_offre', '--level', level, '--format', 'json'], {
        stdin: Buffer.from(offers),
      });
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout).careers.map((c: Row) => [c.code, c.variants.map((variant) => variant.title)]);
    };
    expect(await read('domain')).toEqual([['M18', ['M1805', 'M1802', 'M1861']]]);
    expect(await read('rome')).toEqual([
      ['M1805', ['M1805', 'M1861']],
      ['M1802', ['M1802']],
    ]);
  });
});

describe('tension', () => {
  it('joins offers over job seekers and the offers-weighted index per code (Windows-1252, `;`, CRLF, no-break spaces)', async () => {
    const ranking = await rank([...TAXONOMY, '--tension', 'tension.cp1252.csv']);
    const byCode = Object.fromEntries(ranking.careers.map((c) => [c.code ?? c.title, [c.tension, c.tension_index]]));
    expect(byCode).toEqual({ NUR: [3, 4.8], DAT: [null, null], ENG: [0.5, 2], 'underwater basket weaver': [null, null] });
  });

  it('--rank-by tension puts the careers with a figure first, highest first, then the others by postings', async () => {
    const ranking = await rank([...TAXONOMY, '--tension', 'tension.cp1252.csv', '--rank-by', 'tension']);
    expect(ranking.careers.map((c) => c.code ?? c.title)).toEqual(['NUR', 'ENG', 'DAT', 'underwater basket weaver']);
  });

  it('--min-postings leaves out small careers whatever the ranking', async () => {
    const ranking = await rank([...TAXONOMY, '--tension', 'tension.cp1252.csv', '--rank-by', 'tension', '--min-postings', '2']);
    expect(ranking.careers.map((c) => c.code)).toEqual(['NUR', 'DAT']);
  });

  it('--job of a career that --min-postings leaves out says so, instead of finding no posting', async () => {
    for (const [job, name] of [
      ['NUR', 'NUR "Nursing"'],
      ['Registered Nurse', '"registered nurse"'],
    ]) {
      const result = await run(['rank-jobs', 'postings.csv', ...TAXONOMY, '--job', job!, '--min-postings', '5'], { cwd });
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toBe(
        `curriculum: Career ${name} has ${job === 'NUR' ? '4 postings' : '1 posting'}, fewer than --min-postings 5.\n`,
      );
    }
    expect((await rank([...TAXONOMY, '--job', 'NUR', '--min-postings', '4'])).careers.map((c) => [c.code, c.postings])).toEqual([
      ['NUR', 4],
    ]);
  });

  it('names the rows of the tension file it could not read, and a file whose codes join nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tension-'));
    writeFileSync(path.join(dir, 'bad.csv'), 'code;offers;seekers\nNUR;12 000;n/a\nNUR;-5;10\nENG;50;100\n');
    writeFileSync(path.join(dir, 'soc.csv'), 'soc,offers,seekers\n29-1141,10,5\n');
    const postings = path.join(cwd, 'postings.csv');
    const taxonomy = path.join(cwd, 'job-architecture.csv');
    const skipped = await run(['rank-jobs', postings, '--taxonomy', taxonomy, '--tension', 'bad.csv', '--format', 'json'], { cwd: dir });
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stderr).toContain(
      'Skipped 2 bad rows of tension file "bad.csv": line 2 (its offers or seekers are not numbers); line 3 (its offers or seekers are not numbers).\n',
    );
    const unjoined = await run(['rank-jobs', postings, '--taxonomy', taxonomy, '--tension', 'soc.csv', '--format', 'json'], { cwd: dir });
    expect(unjoined.code, unjoined.stderr).toBe(0);
    expect(unjoined.stderr).toContain(
      `No tension figure joined: tension file "soc.csv" has 1 code (such as "29-1141"), and none is a code of "${taxonomy}".\n`,
    );
    expect(JSON.parse(unjoined.stdout).careers.every((c: Row) => c.tension === null)).toBe(true);
  });

  it('says so when the tension file holds a header and no row, instead of null figures in silence', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tension-'));
    writeFileSync(path.join(dir, 'header.csv'), 'ROME;oee;defm_abc;ind_tension_d\r\n');
    const args = ['rank-jobs', path.join(cwd, 'postings.csv'), '--taxonomy', path.join(cwd, 'job-architecture.csv')];
    const result = await run([...args, '--tension', 'header.csv', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('No tension figure joined: tension file "header.csv" holds a header and no row.\n');
    expect(JSON.parse(result.stdout).careers.every((c: Row) => c.tension === null)).toBe(true);
  });

  it.each(['table', 'md'])(
    '--job in %s gives the tension and the official index of the occupation in the sentence above its skills',
    async (format) => {
      const result = await run(
        ['rank-jobs', 'postings.csv', ...TAXONOMY, '--tension', 'tension.cp1252.csv', '--job', 'NUR', '--format', format],
        {
          cwd,
        },
      );
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('median age 3 days, tension 3, tension index 4.8).');
    },
  );

  it.each([
    ['table', /^rank +title +code +postings +share +companies +growth +median age days +tension +tension index +variants +top skills$/m],
    ['csv', /^rank,title,code,postings,share,companies,growth,median_age_days,tension,tension_index,variants,top_skills$/m],
    [
      'md',
      /^\| rank \| title \| code \| postings \| share \| companies \| growth \| median_age_days \| tension \| tension_index \| variants \| top_skills \|$/m,
    ],
  ])('shows code, tension and variants in %s', async (format, header) => {
    const result = await run(['rank-jobs', 'postings.csv', ...TAXONOMY, '--tension', 'tension.cp1252.csv', '--format', format], { cwd });
    expect(result.stdout).toMatch(header);
    expect(result.stdout).toContain('NUR');
  });
});

describe('curriculum occupations', () => {
  it('reads a taxonomy file saved with semicolons or tabs (a .tsv, a spreadsheet of a comma-decimal locale)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'taxonomy-'));
    writeFileSync(path.join(dir, 'jobs.tsv'), 'title\tcode\tlabel\r\nregistered nurse\tNUR\tNursing, all\r\n');
    writeFileSync(path.join(dir, 'jobs.csv'), '\ufeffTitle;Code;Label\r\n"registered nurse";NUR;"Nursing, all"\r\n');
    for (const file of ['jobs.tsv', 'jobs.csv']) {
      const result = await run(['occupations', 'Registered Nurse', '--taxonomy', file, '--format', 'csv'], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe('title,code,label,score,method\nRegistered Nurse,NUR,"Nursing, all",1,exact\n');
    }
  });

  it('codes titles given as arguments, in input order, with score and method', async () => {
    const result = await run(['occupations', 'ICU nurse', 'Senior Data Analyst (H/F)', 'Plumber', ...TAXONOMY, '--format', 'json'], {
      cwd,
    });
    expect(JSON.parse(result.stdout)).toEqual({
      taxonomy: 'job-architecture.csv',
      level: 'code',
      titles: [
        { title: 'ICU nurse', code: 'NUR', label: 'Nursing', score: 1, method: 'exact' },
        { title: 'Senior Data Analyst (H/F)', code: 'DAT', label: 'Data analysis', score: 1, method: 'exact' },
        { title: 'Plumber', code: null, label: null, score: 0, method: 'none' },
      ],
    });
  });

  it('reads one title per line on stdin, and a file column with --from', async () => {
    const stdin = await run(['occupations', ...TAXONOMY, '--format', 'csv'], { cwd, stdin: 'rn\n\nsoftware developer\n' });
    expect(stdin.stdout).toBe(
      'title,code,label,score,method\nrn,NUR,Nursing,1,exact\nsoftware developer,ENG,Software engineering,1,exact\n',
    );
    const from = await run(['occupations', '--from', 'postings.csv', '--title-column', 'title', ...TAXONOMY, '--format', 'json'], { cwd });
    const titles = JSON.parse(from.stdout).titles as { title: string; code: string | null }[];
    expect(titles).toHaveLength(9);
    expect(titles[0]).toMatchObject({ title: 'Registered Nurse', code: 'NUR' });
  });

  it('codes with a built-in taxonomy, chosen by the language of the titles', async () => {
    const result = await run(['occupations', 'Développeur Java (H/F)', 'Comptable confirmé', '--format', 'json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ taxonomy: 'rome', level: 'rome', titles: [{ code: 'M1805' }, { code: 'M1203' }] });
  });

  it.each([
    [['occupations', 'x', '--from', 'postings.csv'], 'Give titles as arguments or --from a file, not both.'],
    [['occupations', 'x', '--taxonomy', 'none'], '--taxonomy none codes nothing: choose auto, onet, rome or a taxonomy file.'],
    [['occupations', 'x', '--csv-raw'], 'The option --csv-raw applies to the csv format, not "json": add --format csv.'],
    [['occupations', 'postings.csv'], '"postings.csv" is a file, not a title: code its titles with --from postings.csv.'],
  ])('refuses %j in one sentence', async (args, message) => {
    expect(await run(args, { cwd })).toMatchObject({ code: 2, stderr: `curriculum: ${message}\n` });
  });
});

describe('curriculum occupations on a terminal', () => {
  it('says it reads titles from the terminal, instead of waiting in silence', async () => {
    const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
    const sink = (chunks: Buffer[]) =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(Buffer.from(chunk));
          done();
        },
      });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const stdin = Object.assign(Readable.from([Buffer.from('ICU nurse\n')]), { isTTY: true });
    const io = { stdout: sink(out), stderr: sink(err), stdin, cwd, env: {} };
    const code = await main(['occupations', ...TAXONOMY, '--format', 'csv'], io);
    expect(code).toBe(0);
    expect(text(err)).toBe(
      'Reading titles from the terminal, one per line; end with Ctrl-D (or give titles as arguments, or --from a file).\n',
    );
    expect(text(out)).toMatch(/^title,code,label,score,method\nICU nurse,NUR,/);
  });
});
