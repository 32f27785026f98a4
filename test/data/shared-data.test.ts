// The data suite runs where ../shared/data exists and skips cleanly where it does not; but
// where it exists, every file the suite reads must be there, or a test that lists files
// could pass on nothing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../cli/run-cli.js';

const DATA = path.resolve(PROJECT_ROOT, '../shared/data');

/** Every file of ../shared/data that the data suite and the taxonomy build read. */
const EXPECTED = [
  'postings/en-google-careers.csv',
  'postings/en-linkedin-2023-job-skills.csv',
  'postings/en-linkedin-2023-postings.csv',
  'postings/en-linkedin-2023-salaries.csv',
  'postings/en-linkedin-2023-skills.csv',
  'postings/en-wuzzuf-job-skills.csv',
  'postings/en-wuzzuf-postings.csv',
  'postings/fr-freework-it.csv',
  'postings/fr-hellowork-tech.csv',
  'postings/fr-wttj-titles.csv',
  'offers/fr-france-travail-offers-by-town-2021-12.csv',
  'offers/fr-france-travail-tension-by-basin-2019.cp1252.csv',
  'curricula/odin-project-paths.json',
  'curricula/dbt-learn_curriculum.yml',
  'curricula/hpc-carpentry_curriculum.yml',
  'taxonomies/onet-29.2/Occupation Data.txt',
  'taxonomies/onet-29.2/Alternate Titles.txt',
  'taxonomies/rome-v460/unix_referentiel_code_rome_v460_utf8.csv',
  'taxonomies/rome-v460/unix_referentiel_appellation_v460_utf8.csv',
];

describe.skipIf(!existsSync(DATA))('../shared/data', () => {
  it('holds every file the data suite reads', () => {
    expect(EXPECTED.filter((file) => !existsSync(path.join(DATA, file)))).toEqual([]);
  });
});
