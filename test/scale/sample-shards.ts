// Sharded sample data for the scale pipeline's tests: samples/postings.csv split into four
// Parquet shards as a data lake keeps postings (skills a LIST<VARCHAR>, dates as timestamps),
// plus rows that a careless pipeline would get wrong: titles with spaces, quotes, commas, a
// newline or a formula sign, blank and null titles, a title that is nothing once normalised,
// one posting asking for Quarto twice, a skill holding a comma, blank companies, missing dates.
import path from 'node:path';
import { PROJECT_ROOT } from '../cli/run-cli.js';
import { duckdb, sqlPath } from './duckdb.js';

export const SHARDS = 4;

const AWKWARD = `(VALUES
  ('A1', ' Data Analyst', 'Acme', TIMESTAMP '2024-03-01 23:30:00', DATE '2024-03-20', ['Quarto', 'quarto ', 'Python', '']),
  ('A2', 'Data "Wrangler", Senior', ' acme ', TIMESTAMP '2024-06-02 08:00:00', NULL, ['c, c++', NULL]),
  ('A3', 'Chef de projet
 digital', '', NULL, NULL, ['gestion de projet']),
  ('A4', '=HYPERLINK("x")', 'Formula Inc', TIMESTAMP '2024-01-15 00:00:00', DATE '2024-01-10', []),
  ('A5', '', 'Blank Title', TIMESTAMP '2024-02-01 00:00:00', NULL, ['sql']),
  ('A6', NULL, 'Null Title', TIMESTAMP '2024-02-01 00:00:00', NULL, ['sql']),
  ('A7', '(H/F)', 'Nothing Left', TIMESTAMP '2024-02-02 00:00:00', NULL, ['sql']),
  ('A8', 'Développeur Full Stack H/F', NULL, TIMESTAMP '2024-09-30 12:00:00', DATE '2024-10-30', NULL)
) AS awkward(job_id, title, company, date_posted, date_closed, skills)`;

/** Writes `part-0.parquet` ... into `folder`; returns the glob of the shards. */
export async function writeSampleShards(folder: string): Promise<string> {
  const sample = `read_csv(${sqlPath(path.join(PROJECT_ROOT, 'samples/postings.csv'))})`;
  await duckdb(
    `CREATE TABLE lake AS
       SELECT job_id, title, company, CAST(date_posted AS TIMESTAMP) AS date_posted, date_closed,
              list_transform(string_split(skills, ';'), s -> trim(s)) AS skills
       FROM ${sample}
       UNION ALL SELECT * FROM ${AWKWARD}`,
    ...Array.from(
      { length: SHARDS },
      (_, shard) =>
        `COPY (SELECT * FROM lake WHERE hash(job_id) % ${SHARDS} = ${shard} ORDER BY job_id)
         TO ${sqlPath(path.join(folder, `part-${shard}.parquet`))} (FORMAT parquet, ROW_GROUP_SIZE 500)`,
    ),
  );
  return path.join(folder, 'part-*.parquet');
}
