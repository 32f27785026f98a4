// The byte-level fast path (scanner, byte caches, skill splitting on bytes) must count
// exactly what the plain string path counts: csv-parse, normalizeTitle, parseSkills, Sets.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../../src/demand/normalize-title.js';
import { parseSkills } from '../../src/demand/parse-skills.js';
import { rankJobs } from '../../src/demand/rank-jobs.js';

const title = fc.constantFrom(
  'Data Analyst',
  'data analyst (H/F)',
  'Senior Data Analyst',
  ' Nurse ',
  'Infirmière',
  'Développeur Java H/F',
  '(H/F)',
  'ＤＥＶ',
  'Chef, de projet',
  '',
);
const company = fc.constantFrom('Acme', ' acme ', 'ACME', 'Société Générale', '', 'Big "Co"');
const skill = fc.constantFrom('SQL', ' sql ', 'Power  BI', 'c++', 'C#', 'python', 'é', "'excel'", 'go lang', '');
const skillsCell = fc
  .tuple(fc.array(skill, { maxLength: 6 }), fc.constantFrom(';', '|', ',', '; ', 'list'))
  .map(([skills, separator]) => (separator === 'list' ? `[${skills.map((s) => `'${s}'`).join(', ')}]` : skills.join(separator)));
const row = fc.tuple(title, company, skillsCell);
const quote = (cell: string) => (/[",\n\r]/.test(cell) || cell.startsWith(' ') ? `"${cell.replaceAll('"', '""')}"` : cell);

function reference(text: string) {
  const [, ...rows] = parse(text, { skip_empty_lines: true, relax_column_count: true }) as string[][];
  const careers = new Map<string, { postings: number; companies: Set<string>; skills: Map<string, number> }>();
  for (const [rawTitle, rawCompany, cell] of rows) {
    const career = normalizeTitle(rawTitle!);
    if (!career) continue;
    const stats = careers.get(career) ?? { postings: 0, companies: new Set(), skills: new Map() };
    careers.set(career, stats);
    stats.postings++;
    const company = rawCompany!.trim().toLowerCase();
    if (company) stats.companies.add(company);
    for (const skill of parseSkills(cell!)) stats.skills.set(skill, (stats.skills.get(skill) ?? 0) + 1);
  }
  return Object.fromEntries(
    [...careers].map(([name, stats]) => [
      name,
      { postings: stats.postings, companies: stats.companies.size, skills: Object.fromEntries(stats.skills) },
    ]),
  );
}

describe('rankJobs', () => {
  it('counts what the string path counts, wherever chunks are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 5 }),
        async (rows, crlf, rawCuts) => {
          const newline = crlf ? '\r\n' : '\n';
          const text = ['title,company,skills', ...rows.map((cells) => cells.map(quote).join(','))].join(newline) + newline;
          const bytes = Buffer.from(text);
          const cuts = [...new Set(rawCuts.map((cut) => cut % bytes.length))].sort((a, b) => a - b);
          const source = {
            name: 'random.csv',
            async *open() {
              let from = 0;
              for (const cut of [...cuts, bytes.length]) {
                yield bytes.subarray(from, cut);
                from = cut;
              }
            },
          };
          const { ranking } = await rankJobs([source], {
            columns: {},
            occupations: { taxonomy: 'none' },
            // Random exports hold bad records on purpose: they are counted, not fatal here.
            maxSkipped: 1,
            delimiter: ',',
            rankBy: 'postings',
            format: 'json',
            top: 1000,
            topSkills: 1000,
          });
          const got = Object.fromEntries(
            ranking.careers.map((c) => [
              c.title,
              { postings: c.postings, companies: c.companies, skills: Object.fromEntries(c.skills.map((s) => [s.skill, s.postings])) },
            ]),
          );
          expect(got).toEqual(reference(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
