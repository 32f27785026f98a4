// The occupation options at a level other than the default, end to end on a folder of
// synthetic French postings read with `--taxonomy auto`: `--job` with a group's code
// (`M18`, `M`) or label at the level that has it, in rank-jobs and init, and check agreeing with init.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess as run } from './run-cli.js';

function frenchPostings(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'occupation-levels-'));
  writeFileSync(
    path.join(dir, 'offres.csv'),
    [
      'intitulé,entreprise,compétences',
      'Développeur informatique (H/F),Acme,java; sql',
      'Développeuse web,Beta,javascript',
      'Administrateur systèmes et réseaux,Acme,linux',
      'Infirmier en soins généraux,CHU,soins',
      'Infirmière diplômée d’état,Clinique,soins; urgences',
      'Data Analyst,Acme,sql',
    ].join('\n'),
  );
  return dir;
}

async function ranking(
  cwd: string,
  args: string[],
): Promise<{ postings: number; level: string; careers: { code: string | null; postings: number }[] }> {
  const result = await run(['rank-jobs', 'offres.csv', ...args, '--format', 'json'], { cwd });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe('--job with the code of a group (--taxonomy auto)', () => {
  it('selects the domain or family at its level, with the postings of its row in the ranking', async () => {
    const cwd = frenchPostings();
    const domains = await ranking(cwd, ['--level', 'domain']);
    const m18 = domains.careers.find((career) => career.code === 'M18');
    expect(m18?.postings).toBe(3);
    for (const job of ['M18', 'm18']) {
      const selected = await ranking(cwd, ['--level', 'domain', '--job', job]);
      expect(selected.careers.map((career) => [career.code, career.postings])).toEqual([['M18', 3]]);
    }
    const family = await ranking(cwd, ['--level', 'family', '--job', 'j']);
    expect(family.careers.map((career) => [career.code, career.postings])).toEqual([['J', 2]]);
  });

  it('reads a title given to --job with the taxonomy of the level, not the one its few words look like', async () => {
    const cwd = frenchPostings();
    // "Data Analyst" alone looks English: auto would have chosen O*NET, which has no level domain.
    const selected = await ranking(cwd, ['--level', 'domain', '--job', 'Data Analyst']);
    expect(selected.careers.map((career) => [career.code, career.postings])).toEqual([['M14', 1]]);
  });

  it('selects a domain or family by its label, as the ranking prints it', async () => {
    const cwd = frenchPostings();
    for (const [level, label, code] of [
      ['domain', "Systèmes d'information et de télécommunication", 'M18'],
      ['family', 'Santé', 'J'],
    ]) {
      const selected = await ranking(cwd, ['--level', level!, '--job', label!]);
      expect(selected.careers.map((career) => career.code)).toEqual([code]);
    }
    writeFileSync(path.join(cwd, 'us.csv'), 'title\nregistered nurse\nICU RN\nsoftware engineer\n');
    const args = [
      'rank-jobs',
      'us.csv',
      '--level',
      'major',
      '--job',
      'Healthcare Practitioners and Technical Occupations',
      '--format',
      'json',
    ];
    const major = await run(args, { cwd });
    expect(major.code, major.stderr).toBe(0);
    expect(JSON.parse(major.stdout).careers.map((career: { code: string; postings: number }) => [career.code, career.postings])).toEqual([
      ['29-0000', 2],
    ]);
  });

  it('init --job M18 --level domain starts the program, and check measures it on the same postings', async () => {
    const cwd = frenchPostings();
    const init = await run(['init', 'programs/it', '--job', 'M18', '--level', 'domain', '--from', 'offres.csv'], { cwd });
    expect(init.code, init.stderr).toBe(0);
    expect(readFileSync(path.join(cwd, 'programs/it/program.yaml'), 'utf8')).toMatch(/^ {2}job: M18 /m);
    const check = await run(['check', 'programs/', '--format', 'json'], { cwd });
    const market = JSON.parse(check.stdout).summary.market as { job: string; postings: number }[];
    expect(market.map((program) => [program.job, program.postings])).toEqual([['M18', 3]]);
  });
});
