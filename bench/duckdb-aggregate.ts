// The benchmark's reference: the rank-jobs aggregation in DuckDB SQL, run in its own process
// (npx tsx bench/duckdb-aggregate.ts <file> <threads> [parallel]) so its peak RSS is its own.
import { DuckDBInstance } from '@duckdb/node-api';

/** rank-jobs' title normalisation (src/demand/normalize-title.ts) in RE2 terms, for ASCII boundaries. */
const NORMALIZE_TITLE = String.raw`
CREATE MACRO edge_trim(t) AS regexp_replace(t, '^[\s\-–—,:;|/·•*]+|[\s\-–—,:;|/·•*]+$', '', 'g');
CREATE MACRO seniority() AS 'senior|junior|sr\.?|jr\.?|confirm[ée]e?|exp[ée]riment[ée]e?|d[ée]butante?';
CREATE MACRO normalize_title(t) AS edge_trim(regexp_replace(
  regexp_replace(
    edge_trim(regexp_replace(regexp_replace(lower(t),
      '\(?\s*\b[hfmwdx]\s*[/|-]\s*[hfmwdx](?:\s*[/|-]\s*(?:[hfmwdx]|nb|div|x))*\b\s*\)?', ' ', 'g'), '\s+', ' ', 'g')),
    '^(?:' || seniority() || ')(?:[^\pL\pN]|$)[\s,:/-]*', ''),
  '(^|[^\pL\pN])(?:' || seniority() || ')$', '\1'));
`;

/** The columns of the export DuckDB reads; no skills column for exports that have none. */
export interface DuckDbColumns {
  title: string;
  company: string;
  skills?: string;
}

export interface DuckDbResult {
  /** Every career, or with `top` the first careers by postings (then name), as rank-jobs ranks them. */
  careers: Record<string, { postings: number; companies: number; skills: Record<string, number> }>;
  /** How many careers there are in all. */
  careerCount: number;
  seconds: number;
}

const quoteId = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function aggregateWithDuckDb(
  file: string,
  threads: number,
  parallel = false,
  columns: DuckDbColumns = { title: 'title', company: 'company', skills: 'skills' },
  top = 0,
): Promise<DuckDbResult> {
  const start = performance.now();
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const db = await instance.connect();
  await db.run(NORMALIZE_TITLE);
  // Titles are normalised once per distinct raw title (as rank-jobs caches them), not per row.
  // parallel = false unless the file has no multi-line cells: DuckDB's parallel CSV reader
  // rejects the default export ("Expected Number of Columns: 7 Found: 5").
  const skillsColumn = columns.skills === undefined ? 'NULL::VARCHAR' : quoteId(columns.skills);
  await db.run(`CREATE TEMP TABLE p AS
    SELECT ${quoteId(columns.title)} AS title, lower(trim(${quoteId(columns.company)})) AS company, ${skillsColumn} AS skills
    FROM read_csv('${file.replaceAll("'", "''")}', header = true, delim = ',', quote = '"', escape = '"', all_varchar = true, parallel = ${parallel})`);
  await db.run(`CREATE TEMP TABLE t AS SELECT title, normalize_title(title) AS career FROM (SELECT DISTINCT title FROM p)`);
  // Every career is grouped, postings, companies and skills alike (rank-jobs tallies them all
  // in its one pass); with `top`, only the first careers by postings are read back.
  await db.run(`CREATE TEMP TABLE totals AS SELECT career, count(*)::INTEGER AS postings, count(DISTINCT company)::INTEGER AS companies
    FROM p JOIN t USING (title) WHERE career <> '' GROUP BY career`);
  // count(DISTINCT company) ignores NULLs, as rank-jobs ignores empty companies.
  // Skills are counted per raw title first, then summed per career: a join of 1M rows
  // with the title table before unnesting took twice as long.
  await db.run(`CREATE TEMP TABLE s AS SELECT career, skill, sum(n)::INTEGER AS n FROM (
      SELECT title, trim(lower(s)) AS skill, count(*) AS n FROM p, unnest(string_split(skills, ';')) AS u(s) GROUP BY ALL)
    JOIN t USING (title) WHERE career <> '' AND skill <> '' GROUP BY career, skill`);
  const limit = top > 0 ? `ORDER BY postings DESC, career LIMIT ${top}` : '';
  await db.run(`CREATE TEMP TABLE shown AS SELECT * FROM totals ${limit}`);
  const careers: DuckDbResult['careers'] = {};
  for (const [career, postings, companies] of (await db.runAndReadAll('SELECT career, postings, companies FROM shown')).getRows())
    careers[String(career)] = { postings: Number(postings), companies: Number(companies), skills: {} };
  const skills = await db.runAndReadAll('SELECT career, skill, n FROM s SEMI JOIN shown USING (career)');
  for (const [career, skill, count] of skills.getRows()) careers[String(career)]!.skills[String(skill)] = Number(count);
  const careerCount = Number((await db.runAndReadAll('SELECT count(*) FROM totals')).getRows()[0]![0]);
  return { careers, careerCount, seconds: (performance.now() - start) / 1000 };
}

if (/duckdb-aggregate\.(ts|mjs)$/.test(process.argv[1] ?? '')) {
  const [file, threads, parallel, title, company, skills, top] = process.argv.slice(2);
  const columns = title ? { title, company: company!, ...(skills ? { skills } : {}) } : undefined;
  const result = await aggregateWithDuckDb(file!, Number(threads ?? 2), parallel === 'true', columns, Number(top ?? 0));
  process.stdout.write(JSON.stringify(result));
}
